// What `npm start` puts into an empty database: the rating scale, the first admin and the
// seed articles. Every step is idempotent, so a second start adds nothing.
import { ensureFirstAdmin, type FirstAdmin } from "./ensure-first-admin";
import { ensureRatingScale } from "./ensure-rating-scale";
import { importSeedArticles } from "./import-seed-articles";

export interface SeedResult {
  admin: FirstAdmin;
  ratingsCreated: number;
  articlesImported: number;
  claimsQueued: number;
}

export async function seedDatabase(env: {
  adminEmail?: string;
  adminPassword?: string;
}): Promise<SeedResult> {
  const ratingsCreated = await ensureRatingScale();
  const admin = await ensureFirstAdmin({ email: env.adminEmail, password: env.adminPassword });
  const { articlesImported, claimsQueued } = await importSeedArticles({ importedById: null });
  return { admin, ratingsCreated, articlesImported, claimsQueued };
}
