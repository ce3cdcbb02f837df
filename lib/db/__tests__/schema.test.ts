import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { SCHEMA_PATH, diffSchemas } from "../schema-engine";
import { MIGRATIONS_DIR } from "../migrate";
import { dropDatabase, ensureDatabase } from "../local-database";
import { prisma, sql, disconnectDb } from "../../db";

after(disconnectDb);

const CATALOG = `
  select 'column' as kind, table_name || '.' || column_name as name,
         concat_ws(' ', udt_name, is_nullable, column_default) as def
    from information_schema.columns where table_schema = 'public'
  union all
  select 'index', indexname, regexp_replace(indexdef, '\\s+', ' ', 'g') from pg_indexes where schemaname = 'public'
  union all
  select 'constraint', conrelid::regclass || '.' || conname, pg_get_constraintdef(oid)
    from pg_constraint where connamespace = 'public'::regnamespace
  union all
  select 'enum', t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder)
    from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname
  union all
  select 'trigger', tgrelid::regclass || '.' || tgname, pg_get_triggerdef(oid)
    from pg_trigger where not tgisinternal
  order by 1, 2`;

async function catalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(CATALOG);
    return rows
      .filter((r) => !String(r.name).startsWith("_prisma_migrations"))
      .map((r) => `${r.kind} ${r.name}: ${r.def}`);
  } finally {
    await client.end();
  }
}

test("migrations produce exactly the database schema.prisma describes", async () => {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
  const fromSchema = `claimdesk_schema_check_${process.pid}`;
  await ensureDatabase(adminUrl, fromSchema);
  const url = new URL(adminUrl);
  url.pathname = `/${fromSchema}`;
  try {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(await diffSchemas(url.toString(), null, readFileSync(SCHEMA_PATH, "utf8")));
    // Hand-written extras (triggers, extensions) are not expressible in schema.prisma.
    for (const dir of readdirSync(MIGRATIONS_DIR)
      .filter((d) => d.endsWith("_manual"))
      .sort()) {
      await client.query(readFileSync(join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
    }
    await client.end();
    const [migrated, described] = await Promise.all([
      catalog(process.env.DATABASE_URL!),
      catalog(url.toString()),
    ]);
    assert.ok(migrated.length > 50, "the migrated database has the domain tables");
    assert.deepEqual(migrated, described);
  } finally {
    await dropDatabase(adminUrl, fromSchema);
  }
});

test("the audit log refuses UPDATE and DELETE even from its owner (the trigger)", async () => {
  const row = await prisma.auditLog.create({
    data: { action: "test.append", entityType: "test", entityId: "1", after: { a: 1 } },
  });
  const owner = new pg.Client({ connectionString: process.env.TEST_OWNER_DATABASE_URL! });
  await owner.connect();
  try {
    await assert.rejects(
      owner.query(`update audit_log set action = 'tampered' where id = $1`, [row.id]),
      /append-only/,
    );
    await assert.rejects(
      owner.query(`delete from audit_log where id = $1`, [row.id]),
      /append-only/,
    );
    await assert.rejects(owner.query(`truncate audit_log`), /append-only/);
  } finally {
    await owner.end();
  }
  const still = await prisma.auditLog.findUnique({ where: { id: row.id } });
  assert.equal(still?.action, "test.append");
});

test("applying the migrations again changes nothing", async () => {
  const { applyMigrations } = await import("../migrate");
  assert.deepEqual(await applyMigrations(process.env.TEST_OWNER_DATABASE_URL!), []);
});

test("the claims trigger keeps the full-text search vector current", async () => {
  const speaker = await prisma.speaker.create({
    data: { name: `Speaker ${process.pid}-${Date.now()}` },
  });
  const article = await prisma.article.create({
    data: {
      outlet: "Test",
      title: "T",
      text: "x",
      contentHash: `hash-${Date.now()}`,
      speakerId: speaker.id,
    },
  });
  const claim = await prisma.claim.create({
    data: {
      slug: `fts-${Date.now()}`,
      articleId: article.id,
      speakerId: speaker.id,
      quote: "Trade reached two billion dollars",
      startOffset: 0,
      endOffset: 1,
      canonicalText: "Bilateral trade reached $2 billion",
      kind: "QUANTITY",
      score: 0.9,
    },
  });
  const match = (q: string) =>
    sql<
      { id: string }[]
    >`select id from claims where id = ${claim.id} and "searchVector" @@ websearch_to_tsquery('english', ${q})`;
  assert.equal((await match("bilateral trade")).length, 1);
  assert.equal((await match("hamas")).length, 0);
  await prisma.claim.update({
    where: { id: claim.id },
    data: { canonicalText: "Russia does not arm Hamas" },
  });
  assert.equal((await match("hamas")).length, 1);
});

test("no trigger notifies from inside a writing transaction (that would serialise every commit)", async () => {
  const notifying = await sql<{ trigger: string }[]>`
    select t.tgrelid::regclass || '.' || t.tgname as trigger
      from pg_trigger t join pg_proc p on p.oid = t.tgfoid
     where not t.tgisinternal and p.prosrc ilike '%notify%'`;
  assert.deepEqual(
    [...notifying],
    [],
    "claim changes are announced after commit (lib/claims/claim-change-feed.ts)",
  );
});
