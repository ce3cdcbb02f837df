// Articles as the importer meets them from outside: no manifest entry, no --speaker. The
// speaker, their aliases ("the ambassador") and country come from the text alone.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { prepareArticleImport } from "@/lib/import/prepare-article-import";
import { combine, scoreArticle, type GoldClaim } from "@/lib/import/eval/score";

const SETS = [
  { dir: join(process.cwd(), "seeds"), gold: "seed-claims.gold.json" },
  { dir: join(process.cwd(), "lib/import/__tests__/fixtures"), gold: "fixtures.gold.json" },
];

// The seeds keep the floor (0.85 / 0.95); with the six fixtures the recall floor is 0.94,
// as in fixtures.eval.test.ts (the ranker chosen by cross-validation misses two of their musts).
test("seeds read without their metadata: ≥ 0.85 / 0.95; with the fixtures ≥ 0.85 / 0.94", async () => {
  const results = [];
  const seeds = [];
  for (const set of SETS) {
    const gold = JSON.parse(readFileSync(join(set.dir, set.gold), "utf8")) as {
      articles: Record<string, { claims: GoldClaim[]; speaker?: { name: string } }>;
    };
    for (const [file, article] of Object.entries(gold.articles)) {
      const prepared = await prepareArticleImport({ path: join(set.dir, file) }); // no manifest
      if (article.speaker)
        assert.equal(
          prepared.metadata.speaker.name,
          article.speaker.name,
          `${file}: speaker guessed`,
        );
      const result = scoreArticle(
        prepared.candidates.map((c) => c.quote),
        article.claims,
      );
      results.push(result);
      if (set.gold.startsWith("seed")) seeds.push(result);
    }
  }
  const seedTotal = combine(seeds);
  const seedDetail = `seeds: precision=${seedTotal.precision.toFixed(3)} recall=${seedTotal.recall.toFixed(3)}\nmissed: ${seedTotal.missed.join(" | ")}`;
  assert.ok(seedTotal.recall >= 0.95, seedDetail);
  assert.ok(seedTotal.precision >= 0.85, seedDetail);
  const total = combine(results);
  const detail = `precision=${total.precision.toFixed(3)} recall=${total.recall.toFixed(3)}\nmissed: ${total.missed.join(" | ")}`;
  assert.ok(total.recall >= 0.94, detail);
  assert.ok(total.precision >= 0.85, detail);
});
