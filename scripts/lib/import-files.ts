// The database half of `cli import`: every file is read, checked and scored first (with the
// speakers the database knows), so bad input anywhere writes nothing; then each article is
// imported in its own transaction.
import { existsSync } from "node:fs";
import { ArticleAlreadyImportedError } from "@/lib/import/import-article";
import {
  importPreparedFile,
  prepareArticleFile,
  type ArticleOverrides,
  type PreparedFile,
} from "@/lib/import/import-article-file";
import { ArticleInputError } from "@/lib/import/read-article-file";
import { DEFAULT_MANIFEST_PATH, loadSeedManifest } from "@/lib/import/seed-manifest";
import { storedSpeakers } from "@/lib/import/stored-speakers";
import { withDatabase } from "./with-database";

export async function importFiles(paths: string[], overrides: ArticleOverrides): Promise<number> {
  if (paths.length > 1 && (overrides.title || overrides.url)) {
    console.error("--title and --url describe one article; import the files one at a time");
    return 1;
  }
  const manifest = existsSync(DEFAULT_MANIFEST_PATH) ? await loadSeedManifest() : undefined;
  return withDatabase(async () => {
    // The speaker is resolved as on the web: a stored speaker brings their aliases and country.
    const prepared: PreparedFile[] = [];
    for (const path of paths) {
      try {
        const file = await prepareArticleFile(path, overrides, manifest, storedSpeakers);
        for (const notice of file.prepared.notices) console.error(notice);
        prepared.push(file);
      } catch (err) {
        if (!(err instanceof ArticleInputError)) throw err;
        console.error(err.message);
        return 1;
      }
    }
    const total = { articles: 0, claims: 0, repeats: 0, skipped: 0 };
    for (const file of prepared) {
      try {
        const imported = await importPreparedFile(file, null);
        total.articles++;
        total.claims += imported.claimIds.length;
        total.repeats += imported.repeatsLinked;
        console.log(
          `${file.prepared.file}: imported, ${imported.claimIds.length} claims queued, ${imported.repeatsLinked} repeats linked (article ${imported.articleId})`,
        );
      } catch (err) {
        if (!(err instanceof ArticleAlreadyImportedError)) throw err;
        total.skipped++;
        console.log(`${file.prepared.file}: already imported (article ${err.articleId})`);
      }
    }
    const skipped = total.skipped ? `, ${total.skipped} already imported` : "";
    console.log(
      `articles imported: ${total.articles}, claims queued: ${total.claims}, repeats linked: ${total.repeats}${skipped}`,
    );
    return 0;
  });
}
