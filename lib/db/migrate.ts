// Applies prisma/migrations in order, recording them in Prisma's own _prisma_migrations table
// (same columns and checksums as `prisma migrate deploy`), each in one transaction.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = resolve(process.cwd(), "prisma/migrations");
// Any constant works; it only keeps two app instances from migrating at the same moment.
const LOCK_KEY = 72_707_369;

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name, "migration.sql"), "utf8") }));
}

export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("select pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`create table if not exists "_prisma_migrations" (
      "id" varchar(36) primary key, "checksum" varchar(64) not null, "finished_at" timestamptz,
      "migration_name" varchar(255) not null, "logs" text, "rolled_back_at" timestamptz,
      "started_at" timestamptz not null default now(), "applied_steps_count" integer not null default 0)`);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      `select migration_name, checksum from "_prisma_migrations" where finished_at is not null and rolled_back_at is null`,
    );
    const known = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    for (const { name, sql } of listMigrations()) {
      const checksum = createHash("sha256").update(sql).digest("hex");
      if (known.has(name)) {
        if (known.get(name) !== checksum) {
          console.warn(`warning: migration ${name} was edited after it was applied`);
        }
        continue;
      }
      try {
        await client.query("begin");
        await client.query(sql);
        await client.query(
          `insert into "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           values ($1, $2, $3, now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("commit");
        applied.push(name);
      } catch (err) {
        await client.query("rollback");
        throw new Error(`migration ${name} failed: ${(err as Error).message}`);
      }
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}
