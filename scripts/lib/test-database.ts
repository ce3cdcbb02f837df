// A throw-away database per test run: on TEST_DATABASE_URL's server when set, otherwise on
// an embedded server under .data/test-postgres (its own port, so `npm start` can keep running).
// Like `npm start`, the database belongs to the owner role and tests connect as the app role.
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded-postgres";
import { checkReachable, dropDatabase, prepareRoleDatabase } from "../../lib/db/local-database";
import { prepareDatabase } from "../../lib/db/prepare-database";

export interface TestDatabase {
  /** The app role's connection. */
  url: string;
  /** The owner role's connection (migrations, test-only DDL). */
  ownerUrl: string;
  /** The superuser's connection to the server's postgres database. */
  adminUrl: string;
  name: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(prefix = "claimdesk_test"): Promise<TestDatabase> {
  let server: EmbeddedServer | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    await checkReachable(adminUrl);
  } else {
    const dataDir = resolve(process.cwd(), ".data/test-postgres");
    mkdirSync(dataDir, { recursive: true });
    server = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339),
    });
    adminUrl = server.urlFor("postgres");
  }
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const { url, migrationUrl } = await prepareRoleDatabase(adminUrl, name);
  await prepareDatabase({ url, migrationUrl });
  const admin = adminUrl;
  return {
    url,
    ownerUrl: migrationUrl,
    adminUrl: admin,
    name,
    async dispose() {
      await dropDatabase(admin, name).catch(() => {});
      await server?.stop();
    },
  };
}
