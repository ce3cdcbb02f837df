// Start-up's database step: migrations (the app's and the job queue's) as the owner, then the app role's grants, then a warning
// when the app would connect with more power than it needs.
import { applyMigrations } from "./migrate";
import { migrateJobQueue } from "./job-queue";
import { grantAppPrivileges, privilegeWarning, roleAttributes } from "./database-roles";

export interface DatabaseUrls {
  /** The app's connection (DATABASE_URL). */
  url: string;
  /** The owner's connection, for migrations (MIGRATION_DATABASE_URL, defaulting to DATABASE_URL). */
  migrationUrl: string;
}

export async function prepareDatabase(
  db: DatabaseUrls,
): Promise<{ applied: string[]; warning: string | null }> {
  const applied = await applyMigrations(db.migrationUrl);
  await migrateJobQueue(db.migrationUrl);
  const appUser = decodeURIComponent(new URL(db.url).username);
  const ownerUser = decodeURIComponent(new URL(db.migrationUrl).username);
  if (appUser !== ownerUser) await grantAppPrivileges(db.migrationUrl, appUser);
  return { applied, warning: privilegeWarning(await roleAttributes(db.url)) };
}
