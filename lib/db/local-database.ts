// Where Claimdesk's PostgreSQL is: DATABASE_URL when set, otherwise the embedded server.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";
import { EMBEDDED_PASSWORD, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";
import { APP_ROLE, OWNER_ROLE, ensureOwnedDatabase, ensureRoles, urlAs } from "./database-roles";

export const DATA_DIR = resolve(process.cwd(), ".data");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const APP_DATABASE = "claimdesk";

export interface ResolvedDatabase {
  /** The app's connection: a role that reads and writes rows, nothing more. */
  url: string;
  /** The owner's connection, for migrations. */
  migrationUrl: string;
  embedded: EmbeddedServer | null;
}

/** The error connecting to `url` gives, or null when it answers. */
async function connectError(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (err) {
    return err;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Fails with one clear line when the server does not answer or refuses us. */
export async function checkReachable(url: string): Promise<void> {
  const err = await connectError(url);
  if (err) throw new Error(unreachableMessage(url, err));
}

function unreachableMessage(url: string, err: unknown): string {
  const { hostname, port, username, pathname } = new URL(url);
  const where = `${hostname}:${port || 5432}`;
  const { code, message } = err as NodeJS.ErrnoException;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || !code) {
    return `cannot reach database at ${where} — is it running? (${message})`;
  }
  if (code === "28P01" || code === "28000") {
    return `database at ${where} refused user "${decodeURIComponent(username)}" — check the user and password in DATABASE_URL (${message})`;
  }
  if (code === "3D000") {
    return `database "${decodeURIComponent(pathname.slice(1))}" does not exist at ${where} and could not be created — create it or point DATABASE_URL at an existing database`;
  }
  return `cannot use database at ${where} — ${message}`;
}

/** DATABASE_URL's database, created first when the server is there but the database is not. */
async function reachOrCreate(url: string): Promise<void> {
  const err = await connectError(url);
  if (!err) return;
  if ((err as NodeJS.ErrnoException).code !== "3D000")
    throw new Error(unreachableMessage(url, err));
  const admin = new URL(url);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = "/postgres";
  try {
    await ensureDatabase(admin.toString(), name);
  } catch (createErr) {
    throw new Error(`${unreachableMessage(url, err)} (${(createErr as Error).message})`);
  }
}

/** Creates `name` on the server behind `adminUrl` if it does not exist. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0)
      await client.query(`create database ${client.escapeIdentifier(name)}`);
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
  return startEmbeddedPostgres({
    dataDir: resolve(DATA_DIR, "postgres"),
    port: EMBEDDED_PORT,
    log,
  });
}

/**
 * On `adminUrl`'s server (a superuser): the owner and app roles and database `name` owned by the
 * owner; returns the owner's and the app's URLs for it.
 */
export async function prepareRoleDatabase(
  adminUrl: string,
  name: string,
): Promise<{ url: string; migrationUrl: string }> {
  await ensureRoles(adminUrl, EMBEDDED_PASSWORD);
  await ensureOwnedDatabase(adminUrl, name);
  return {
    url: urlAs(adminUrl, APP_ROLE, EMBEDDED_PASSWORD, name),
    migrationUrl: urlAs(adminUrl, OWNER_ROLE, EMBEDDED_PASSWORD, name),
  };
}

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const migrationUrl = process.env.MIGRATION_DATABASE_URL || url;
    await reachOrCreate(migrationUrl);
    if (migrationUrl !== url) await checkReachable(url);
    return { url, migrationUrl, embedded: null };
  }
  const embedded = await startLocalServer();
  return { ...(await prepareRoleDatabase(embedded.urlFor("postgres"), APP_DATABASE)), embedded };
}
