// A throw-away database per test run: on TEST_DATABASE_URL's server when set, otherwise on
// an embedded server under .data/test-postgres (its own port, so `npm start` can keep running).
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded-postgres";
import { checkReachable, dropDatabase, ensureDatabase } from "../../lib/db/local-database";
import { applyMigrations } from "../../lib/db/migrate";

export interface TestDatabase {
  url: string;
  adminUrl: string;
  name: string;
  dispose(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(prefix = "claimdesk_test"): Promise<TestDatabase> {
  let server: EmbeddedServer | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    await checkReachable(adminUrl);
  } else {
    const dataDir = resolve(process.cwd(), ".data/test-postgres");
    mkdirSync(dataDir, { recursive: true });
    server = await startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339) });
    adminUrl = server.urlFor("postgres");
  }
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await applyMigrations(url);
  const admin = adminUrl;
  return {
    url,
    adminUrl: admin,
    name,
    async dispose() {
      await dropDatabase(admin, name).catch(() => {});
      await server?.stop();
    },
  };
}
