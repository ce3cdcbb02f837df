// Imports seeds/*.txt listed in seeds/manifest.json straight into the review queue, so a first
// `npm start` has work on the desk. Articles already in the database (same content hash) are skipped.
import "server-only";
import { join } from "node:path";
import { prisma } from "../db";
import { articleContentHash } from "../import/content-hash";
import { ArticleAlreadyImportedError } from "../import/import-article";
import { importPreparedFile, prepareArticleFile } from "../import/import-article-file";
import { storedSpeakers } from "../import/stored-speakers";
import { readArticleFile } from "../import/read-article-file";
import { loadSeedManifest } from "../import/seed-manifest";

export interface SeedImportResult {
  articlesImported: number;
  claimsQueued: number;
  repeatsLinked: number;
}

export async function importSeedArticles(options: {
  importedById: string | null;
  seedsDir?: string;
}): Promise<SeedImportResult> {
  const dir = options.seedsDir ?? join(process.cwd(), "seeds");
  const manifest = await loadSeedManifest(join(dir, "manifest.json"));
  const result: SeedImportResult = { articlesImported: 0, claimsQueued: 0, repeatsLinked: 0 };
  for (const entry of manifest.articles) {
    const path = join(dir, entry.file);
    // Cheap check first: a restart should not run detection on every seed again.
    const contentHash = articleContentHash(await readArticleFile(path));
    if (await prisma.article.findUnique({ where: { contentHash }, select: { id: true } })) continue;
    try {
      const imported = await importPreparedFile(
        await prepareArticleFile(path, {}, manifest, storedSpeakers),
        options.importedById,
      );
      result.articlesImported++;
      result.claimsQueued += imported.claimIds.length;
      result.repeatsLinked += imported.repeatsLinked;
    } catch (err) {
      if (!(err instanceof ArticleAlreadyImportedError)) throw err; // another process won the race
    }
  }
  return result;
}
