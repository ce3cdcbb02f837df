// `npm run --silent cli -- import [--speaker NAME] [--outlet … --title … --date … --url …] FILE...`
// imports into the database; `--dry-run --json` only lists the detected claims.
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { prepareArticleImport } from "@/lib/import/prepare-article-import";
import { ArticleInputError } from "@/lib/import/read-article-file";
import { DEFAULT_MANIFEST_PATH, loadSeedManifest } from "@/lib/import/seed-manifest";
import { importFiles } from "../lib/import-files";

const USAGE = [
  'usage: npm run --silent cli -- import [--speaker "NAME"] [--outlet OUTLET --title TITLE --date YYYY[-MM[-DD]] --url URL',
  "                                      --language en --note NOTE] FILE...",
  '       npm run --silent cli -- import --dry-run --json [--speaker "NAME"] [--language CODE] FILE...',
].join("\n");

export async function run(argv: string[]): Promise<number> {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by the parseArgs call below (its config is the type)
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        speaker: { type: "string" },
        outlet: { type: "string" },
        title: { type: "string" },
        date: { type: "string" },
        url: { type: "string" },
        language: { type: "string" },
        note: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`no input files\n${USAGE}`);
    return 1;
  }
  if (!values["dry-run"]) {
    const { "dry-run": _dry, json: _json, help: _help, ...overrides } = values;
    return importFiles(positionals, overrides);
  }
  const manifest = existsSync(DEFAULT_MANIFEST_PATH) ? await loadSeedManifest() : undefined;
  const rows: unknown[] = [];
  // One unreadable file (or one with no quotes of its speaker) is reported on stderr and makes
  // the exit code 1, but does not hide what was found in the others.
  let failed = 0;
  for (const path of positionals) {
    try {
      const prepared = await prepareArticleImport({
        path,
        speakerName: values.speaker,
        language: values.language,
        manifest,
      });
      for (const notice of prepared.notices) console.error(notice);
      for (const c of prepared.candidates) {
        rows.push({
          file: prepared.file,
          language: prepared.metadata.language,
          speaker: prepared.metadata.speaker.name,
          quote: c.quote,
          start: c.start,
          end: c.end,
          claim: c.claim,
          kind: c.kind,
          score: c.score,
          reasons: c.reasons,
          attribution: c.attribution,
        });
      }
    } catch (err) {
      if (!(err instanceof ArticleInputError)) throw err;
      console.error(
        positionals.length > 1 && !err.message.includes(basename(path))
          ? `${basename(path)}: ${err.message}`
          : err.message,
      );
      failed++;
    }
  }
  if (failed === positionals.length) return 1;
  if (values.json) console.log(JSON.stringify(rows, null, 2));
  else
    for (const r of rows as { file: string; score: number; claim: string }[])
      console.log(`${r.file}\t${r.score.toFixed(2)}\t${r.claim}`);
  return failed > 0 ? 1 : 0;
}
