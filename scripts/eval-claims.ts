// Measures claim detection the way the desk is measured: each annotated article is run through
// the importer's dry run twice, with the speaker's name given (`--speaker`) and with nothing
// (the speaker guessed), and scored by the gold files' matching rule. Figures per genre.
//
//   npm run eval:claims [-- --gold PATH.gold.json] [--genre G] [--verbose]
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import {
  loadAnnotatedCorpus,
  readGoldFile,
  type AnnotatedArticle,
} from "../lib/import/eval/annotated-corpus";
import { combine, scoreArticle, type EvalResult } from "../lib/import/eval/score";
import { prepareArticleImport } from "../lib/import/prepare-article-import";
import { ArticleInputError } from "../lib/import/read-article-file";
import { loadSeedManifest } from "../lib/import/seed-manifest";

interface Row {
  article: AnnotatedArticle;
  given: EvalResult;
  guessed: EvalResult;
  guessedName: string | null;
}

async function run(
  article: AnnotatedArticle,
  speakerName?: string,
): Promise<{ result: EvalResult; speaker: string | null }> {
  try {
    const prepared = await prepareArticleImport({
      path: article.path,
      ...(speakerName ? { speakerName } : {}),
    });
    return {
      result: scoreArticle(
        prepared.candidates.map((c) => c.quote),
        article.claims,
      ),
      speaker: prepared.metadata.speaker.name,
    };
  } catch (err) {
    if (!(err instanceof ArticleInputError)) throw err;
    return { result: scoreArticle([], article.claims), speaker: null };
  }
}

const pct = (r: { precision: number; recall: number }) =>
  `P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)}`;

async function main() {
  const { values } = parseArgs({
    options: {
      gold: { type: "string" },
      genre: { type: "string" },
      verbose: { type: "boolean", default: false },
    },
  });
  const root = process.cwd();
  let articles = values.gold
    ? readGoldFile(dirname(values.gold), values.gold.split("/").pop()!, undefined, "external")
    : loadAnnotatedCorpus(root, await loadSeedManifest(join(root, "seeds", "manifest.json")));
  if (values.genre) articles = articles.filter((a) => a.genre === values.genre);
  const rows: Row[] = [];
  for (const article of articles) {
    const given = await run(article, article.speaker.name);
    const guessed = await run(article);
    rows.push({
      article,
      given: given.result,
      guessed: guessed.result,
      guessedName: guessed.speaker,
    });
    const g = combine([given.result]);
    const u = combine([guessed.result]);
    const ok = guessed.speaker === article.speaker.name;
    console.log(
      `${article.name.padEnd(46)} ${article.genre.padEnd(14)} given ${pct(g)} (${given.result.mustHit}/${given.result.mustTotal}) ` +
        `| guessed ${ok ? "ok " : "BAD"} ${pct(u)}${ok ? "" : ` (${guessed.speaker ?? "none"})`}`,
    );
    if (values.verbose) {
      for (const m of given.result.missed) console.log(`    MISS ${m}`);
      for (const f of given.result.falsePositives)
        console.log(`    FP   ${f.slice(0, 150).replace(/\s+/g, " ")}`);
    }
  }
  console.log(
    "\ngenre           n  given: precision recall | guessed: speaker right, precision recall",
  );
  const genres = [...new Set(rows.map((r) => r.article.genre))];
  for (const genre of [...genres, "ALL"]) {
    const rs = genre === "ALL" ? rows : rows.filter((r) => r.article.genre === genre);
    const g = combine(rs.map((r) => r.given));
    const u = combine(rs.map((r) => r.guessed));
    const right = rs.filter((r) => r.guessedName === r.article.speaker.name).length;
    console.log(
      `${genre.padEnd(14)} ${String(rs.length).padStart(2)}  ${g.precision.toFixed(3)} ${g.recall.toFixed(3)} | ${right}/${rs.length} ${u.precision.toFixed(3)} ${u.recall.toFixed(3)}`,
    );
  }
}

await main();
