// Where Claimdesk's PostgreSQL is: DATABASE_URL when set, otherwise the embedded server.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";

export const DATA_DIR = resolve(process.cwd(), ".data");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const APP_DATABASE = "claimdesk";

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedServer | null;
}

/** Fails with one clear line when the server does not answer. */
export async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (err) {
    const { hostname, port } = new URL(url);
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || !code
      ? "is it running?"
      : (err as Error).message;
    throw new Error(`cannot reach database at ${hostname}:${port || 5432} — ${reason} (${(err as Error).message})`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates `name` on the server behind `adminUrl` if it does not exist. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
  } finally {
    await client.end();
  }
}

export async function startLocalServer(log?: (line: string) => void): Promise<EmbeddedServer> {
  mkdirSync(DATA_DIR, { recursive: true });
  return startEmbeddedPostgres({ dataDir: resolve(DATA_DIR, "postgres"), port: EMBEDDED_PORT, log });
}

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await checkReachable(url);
    return { url, embedded: null };
  }
  const embedded = await startLocalServer();
  await ensureDatabase(embedded.urlFor("postgres"), APP_DATABASE);
  return { url: embedded.urlFor(APP_DATABASE), embedded };
}
