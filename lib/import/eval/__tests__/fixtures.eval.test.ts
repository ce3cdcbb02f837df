import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { detectQueuedClaims, type SpeakerRef } from "@/lib/import/detect/detect-claims";
import { combine, normalise, scoreArticle, type GoldClaim } from "@/lib/import/eval/score";

const DIR = join(process.cwd(), "lib", "import", "__tests__", "fixtures");
const gold = JSON.parse(readFileSync(join(DIR, "fixtures.gold.json"), "utf8")) as {
  articles: Record<string, { speaker: SpeakerRef; claims: GoldClaim[]; not: string[] }>;
};

for (const [file, article] of Object.entries(gold.articles)) {
  test(`fixture ${file}: other people's words are never queued`, () => {
    const text = readFileSync(join(DIR, file), "utf8");
    const quotes = detectQueuedClaims({ text, speaker: article.speaker }).map((c) =>
      normalise(c.quote),
    );
    for (const not of article.not) {
      assert.ok(
        !quotes.some((q) => q.includes(normalise(not))),
        `"${not}" is not ${article.speaker.name}'s`,
      );
    }
  });
}

// In-sample fit of six hand-written articles (37 must claims), a floor against regressions. Since
// the ranker is trained on 91 articles and chosen by cross-validated F1, it keeps 35 of the 37
// (two second-rank sentences fall under the threshold): 0.94, not the seeds' 0.95.
test("hand-written genre fixtures: precision ≥ 0.85 and must-recall ≥ 0.94", () => {
  const total = combine(
    Object.entries(gold.articles).map(([file, article]) => {
      const text = readFileSync(join(DIR, file), "utf8");
      return scoreArticle(
        detectQueuedClaims({ text, speaker: article.speaker }).map((c) => c.quote),
        article.claims,
      );
    }),
  );
  const detail = `precision=${total.precision.toFixed(3)} recall=${total.recall.toFixed(3)} missed: ${total.missed.join(" | ")} fp: ${total.falsePositives.join(" | ")}`;
  assert.ok(total.recall >= 0.94, detail);
  assert.ok(total.precision >= 0.85, detail);
});
