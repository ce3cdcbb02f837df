import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { detectQueuedClaims } from "@/lib/import/detect/detect-claims";
import { loadSeedManifest, findManifestEntry } from "@/lib/import/seed-manifest";
import { combine, normalise, scoreArticle, type GoldClaim } from "@/lib/import/eval/score";

const SEEDS = join(process.cwd(), "seeds");
const gold = JSON.parse(readFileSync(join(SEEDS, "seed-claims.gold.json"), "utf8")) as {
  articles: Record<string, { claims: GoldClaim[] }>;
};

test("seed interviews: precision ≥ 0.85 and must-recall ≥ 0.95", async () => {
  const manifest = await loadSeedManifest(join(SEEDS, "manifest.json"));
  const queued = new Map<string, string[]>();
  const results = Object.entries(gold.articles).map(([file, article]) => {
    const entry = findManifestEntry(manifest, file);
    assert.ok(entry, `${file} is in the manifest`);
    const text = readFileSync(join(SEEDS, file), "utf8");
    const claims = detectQueuedClaims({ text, speaker: entry.speaker });
    for (const c of claims)
      assert.equal(text.slice(c.start, c.end), c.quote, "offsets point into the original");
    queued.set(
      file,
      claims.map((c) => c.quote),
    );
    return scoreArticle(
      claims.map((c) => c.quote),
      article.claims,
    );
  });
  const total = combine(results);
  const found = (needle: string) =>
    [...queued.values()].flat().some((q) => normalise(q).includes(normalise(needle)));
  assert.ok(found("bilateral trade in 2025 amounted to more than $2 billion"), "$2 billion trade");
  assert.ok(found("in the case of Hamas, we are not doing that"), "no arms to Hamas");
  assert.ok(
    found("two million citizens of Israel who speak Russian"),
    "two million Russian speakers (JPost)",
  );
  assert.ok(
    found("about two million Israelis speak Russian"),
    "two million Russian speakers (Ynet)",
  );
  const detail = `precision=${total.precision.toFixed(3)} recall=${total.recall.toFixed(3)}\nmissed: ${total.missed.join(" | ")}`;
  assert.ok(total.recall >= 0.95, detail);
  assert.ok(total.precision >= 0.85, detail);
});
