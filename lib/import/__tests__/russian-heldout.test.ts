// Regression floor on the Russian held-out articles (lib/import/heldout-ru, written without
// seeing the detector; first look: precision 0.956, must-recall 0.717 with the speaker's Cyrillic
// name given). They have been looked at since and train the Russian ranker, so this is a floor
// on seen data (0.968 / 0.943 when it was set), not a measure of quality.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readGoldFile } from "../eval/annotated-corpus";
import { combine, scoreArticle } from "../eval/score";
import { prepareArticleImport } from "../prepare-article-import";

test("Russian held-out set (seen): precision ≥ 0.95 and must-recall ≥ 0.92 with the Cyrillic name given", async () => {
  const dir = join(process.cwd(), "lib/import/heldout-ru");
  const results = [];
  for (const article of readGoldFile(dir, "ru-test.gold.json", undefined, "heldout-ru")) {
    const prepared = await prepareArticleImport({
      path: article.path,
      speakerName: article.speaker.name,
    });
    assert.equal(prepared.metadata.language, "ru");
    results.push(
      scoreArticle(
        prepared.candidates.map((c) => c.quote),
        article.claims,
      ),
    );
  }
  const all = combine(results);
  assert.ok(all.precision >= 0.95, `precision ${all.precision}`);
  assert.ok(all.recall >= 0.92, `must-recall ${all.recall}`);
});
