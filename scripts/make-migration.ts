// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the last migrated schema (schema.snapshot.prisma) to schema.prisma.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_PATH, diffSchemas } from "../lib/db/schema-engine";
import { MIGRATIONS_DIR } from "../lib/db/migrate";
import { resolveDatabase } from "../lib/db/local-database";

const SNAPSHOT = join(MIGRATIONS_DIR, "schema.snapshot.prisma");

async function main(): Promise<number> {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
  if (!name) {
    console.error("usage: npm run db:migration -- <name>");
    return 1;
  }
  const db = await resolveDatabase();
  try {
    const previous = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, "utf8") : null;
    const current = readFileSync(SCHEMA_PATH, "utf8");
    const sql = await diffSchemas(db.migrationUrl, previous, current);
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log("schema.prisma has no changes since the last migration");
      return 0;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), sql);
    writeFileSync(SNAPSHOT, current);
    if (!existsSync(join(MIGRATIONS_DIR, "migration_lock.toml"))) {
      writeFileSync(join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    }
    console.log(`wrote ${dir}/migration.sql`);
    return 0;
  } finally {
    await db.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
