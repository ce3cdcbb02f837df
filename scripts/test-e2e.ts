// npm run test:e2e — Playwright in Debian Chromium against the built app on a throw-away
// database with seeded data and one user per role (e2e/users.ts).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createTestDatabase } from "./lib/test-database";
import {
  assertPortFree,
  ensureBuild,
  killTree,
  runServer,
  waitForServer,
} from "./lib/next-process";
import { disconnectDb } from "../lib/db";
import { seedDatabase } from "../lib/seed/seed-database";
import { createUser } from "../lib/users/create-user";
import { E2E_PASSWORD, E2E_USERS } from "../e2e/users";
import { readyToPublish } from "../lib/testing/publish-checklist";

const require = createRequire(import.meta.url);
const log = (line: string) => console.log(`[e2e] ${line}`);

async function main(): Promise<number> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  await assertPortFree(port);
  const db = await createTestDatabase("claimdesk_e2e");
  let server: ReturnType<typeof runServer> | null = null;
  try {
    process.env.DATABASE_URL = db.url;
    await seedDatabase({
      adminEmail: "first-admin@e2e.test",
      adminPassword: "first-admin-password",
    });
    for (const u of Object.values(E2E_USERS)) {
      await createUser({ ...u, password: E2E_PASSWORD, actorId: null });
    }
    const baseUrl = `http://localhost:${port}`;
    // The newsroom's details, as an admin fills them in before the first publish (e2e/checklist
    // shows the refusal while one is missing).
    await readyToPublish(baseUrl);
    await disconnectDb();

    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      PORT: String(port),
    };
    await ensureBuild(env, log);
    server = runServer(env, true);
    server.stderr?.on("data", (d: Buffer) => process.stderr.write(d));
    await waitForServer(`${baseUrl}/signin`, 60_000);
    log(`app ready at ${baseUrl}`);

    const playwright = require.resolve("@playwright/test/cli");
    const serverPid = server.pid;
    return await new Promise<number>((resolve) => {
      spawn(process.execPath, [playwright, "test", ...process.argv.slice(2)], {
        stdio: "inherit",
        // The admin URL and the server's pid let specs take the database away and watch memory.
        env: {
          ...env,
          E2E_BASE_URL: baseUrl,
          E2E_DATABASE_URL: db.url,
          E2E_ADMIN_DATABASE_URL: db.adminUrl,
          E2E_DATABASE_NAME: db.name,
          E2E_SERVER_PID: String(serverPid),
        },
      }).on("exit", (c) => resolve(c ?? 1));
    });
  } finally {
    if (server) killTree(server);
    await disconnectDb();
    await db.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`e2e: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
