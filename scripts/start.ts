// npm start: database (embedded unless DATABASE_URL) → migrations → seed → build if needed →
// scripts/serve.mjs (Next behind node:http), and the webhook and notification workers in this
// process (lib/webhooks/webhook-worker.ts, lib/notifications/notification-worker.ts). Ctrl-C / SIGTERM stops the app, the worker and the embedded
// PostgreSQL.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR, resolveDatabase } from "../lib/db/local-database";
import { prepareDatabase } from "../lib/db/prepare-database";
import { disconnectDb } from "../lib/db";
import { seedDatabase } from "../lib/seed/seed-database";
import { cdnPurgeUrl } from "../lib/publishing/cdn-purge";
import {
  startWebhookWorker,
  webhookWorkerId,
  type WebhookWorker,
} from "../lib/webhooks/webhook-worker";
import {
  startNotificationWorker,
  type NotificationWorker,
} from "../lib/notifications/notification-worker";
import { assertPortFree, ensureBuild, runServer } from "./lib/next-process";

const log = (line: string) => console.log(`[claimdesk] ${line}`);

/** `name` from the environment, else 32 random bytes generated once into .data/<file>. */
function localSecret(name: string, file: string, encoding: BufferEncoding): string {
  const given = process.env[name];
  if (given) return given;
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, file);
  if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString(encoding), { mode: 0o600 });
  return readFileSync(path, "utf8").trim();
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  await assertPortFree(port);
  cdnPurgeUrl(); // a CDN_PURGE_URL that is not http(s) stops the start with its reason

  log(
    process.env.DATABASE_URL
      ? "Using the database at DATABASE_URL"
      : "Starting the embedded PostgreSQL (.data/postgres)",
  );
  const db = await resolveDatabase();
  let stopping = false;
  let worker: WebhookWorker | null = null;
  let notifier: NotificationWorker | null = null;
  // The embedded PostgreSQL stops on the same signal, so the worker starts stopping at once too.
  const onSignal = () => {
    stopping = true;
    void worker?.stop().catch(() => {});
    void notifier?.stop().catch(() => {});
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const stopDb = async () => {
    // The worker finishes the delivery in flight; one cut off is delivered again after a restart.
    await worker?.stop().catch((err: unknown) => console.error("webhook worker:", err));
    await notifier?.stop().catch((err: unknown) => console.error("notification worker:", err));
    await disconnectDb().catch(() => {});
    await db.embedded?.stop();
  };

  try {
    const { applied, warning } = await prepareDatabase(db);
    if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
    if (warning) log(warning);
    process.env.DATABASE_URL = db.url;
    const seed = await seedDatabase({
      adminEmail: process.env.ADMIN_EMAIL,
      adminPassword: process.env.ADMIN_PASSWORD,
    });
    if (seed.articlesImported)
      log(`Imported ${seed.articlesImported} seed articles (${seed.claimsQueued} claims queued)`);
    await disconnectDb();
    const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
    // Printed before the build, so a failed build cannot swallow a generated password.
    if (seed.admin.generatedPassword) {
      log(
        `First admin created: ${seed.admin.email} with password: ${seed.admin.generatedPassword}`,
      );
      log("This password is shown once; only its hash is stored. Create more users under Admin.");
    }

    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: localSecret("NEXTAUTH_SECRET", "nextauth-secret", "base64url"),
      // Seals two-factor secrets at rest (lib/two-factor/secret-box.ts).
      TWO_FACTOR_KEY: localSecret("TWO_FACTOR_KEY", "two-factor-key", "hex"),
      PORT: String(port),
    };
    await ensureBuild(env, log);

    const next = runServer(env);
    // Webhook deliveries (graphile-worker) run in this process, beside the server.
    worker = await startWebhookWorker({
      connectionString: db.url,
      workerId: webhookWorkerId(port),
    });
    // Email and Slack notifications, sent off the request.
    notifier = await startNotificationWorker({ connectionString: db.url, siteUrl: url });

    log(`Claimdesk is running at ${url} — sign in at ${url}/signin as ${seed.admin.email}`);
    const code = await new Promise<number>((resolve) => next.on("exit", (c) => resolve(c ?? 0)));
    await stopDb();
    process.exit(stopping ? 0 : code);
  } catch (err) {
    await stopDb();
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(`claimdesk: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
