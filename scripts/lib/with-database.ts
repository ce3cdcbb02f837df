// For CLI commands that touch the database: DATABASE_URL, or the embedded server (shared with
// a running `npm start`, or started for the command and stopped after it).
import { resolveDatabase } from "../../lib/db/local-database";
import { prepareDatabase } from "../../lib/db/prepare-database";
import { disconnectDb } from "../../lib/db";

export async function withDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const db = await resolveDatabase();
  try {
    const { warning } = await prepareDatabase(db);
    if (warning) console.error(warning);
    process.env.DATABASE_URL = db.url;
    return await fn();
  } finally {
    await disconnectDb();
    await db.embedded?.stop();
  }
}
