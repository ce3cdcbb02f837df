// The four held-out sets (written without sight of the detector, never trained on): read as
// unknown files, the way the desk meets articles. Floors, not targets: they guard against a
// change that helps the training genres and hurts unseen text (README: the figures).
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { readGoldFile } from "@/lib/import/eval/annotated-corpus";
import { combine, scoreArticle } from "@/lib/import/eval/score";
import { prepareArticleImport } from "@/lib/import/prepare-article-import";

const SETS = [
  { dir: join(process.cwd(), "lib/import/heldout/set1"), gold: "heldout.gold.json" },
  { dir: join(process.cwd(), "lib/import/heldout/set2"), gold: "heldout2.gold.json" },
  { dir: join(process.cwd(), "lib/import/heldout/set3"), gold: "heldout3.gold.json" },
  { dir: join(process.cwd(), "lib/import/heldout/set4"), gold: "heldout4.gold.json" },
];

test("held-out articles: speaker guessed for at least 36 of 38, precision ≥ 0.8 and must-recall ≥ 0.9 with --speaker", async () => {
  const given = [];
  let right = 0;
  const wrong: string[] = [];
  for (const set of SETS) {
    for (const article of readGoldFile(set.dir, set.gold, undefined, "heldout")) {
      const withSpeaker = await prepareArticleImport({
        path: article.path,
        speakerName: article.speaker.name,
      });
      given.push(
        scoreArticle(
          withSpeaker.candidates.map((c) => c.quote),
          article.claims,
        ),
      );
      const guessed = await prepareArticleImport({ path: article.path });
      if (guessed.metadata.speaker.name === article.speaker.name) right++;
      else wrong.push(`${article.name}: ${guessed.metadata.speaker.name}`);
    }
  }
  const total = combine(given);
  const detail = `precision=${total.precision.toFixed(3)} recall=${total.recall.toFixed(3)} speakers=${right}/38 (${wrong.join("; ")})`;
  assert.ok(right >= 36, detail);
  assert.ok(total.precision >= 0.8, detail);
  assert.ok(total.recall >= 0.9, detail);
});
