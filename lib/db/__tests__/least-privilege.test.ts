// The app's database role (the one tests and `npm start` connect as) cannot switch triggers
// off, rewrite the audit log or change the schema; only the owner role migrates.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { prisma, sql, disconnectDb } from "../../db";
import { roleAttributes, privilegeWarning, OWNER_ROLE } from "../database-roles";
import { dropDatabase, prepareRoleDatabase } from "../local-database";
import { applyMigrations } from "../migrate";
import { prepareDatabase } from "../prepare-database";

after(disconnectDb);

test("the app role is not a superuser, cannot bypass row security and owns no table", async () => {
  const attrs = await roleAttributes(process.env.DATABASE_URL!);
  assert.deepEqual(
    { superuser: attrs.superuser, bypassRls: attrs.bypassRls },
    { superuser: false, bypassRls: false },
  );
  assert.equal(privilegeWarning(attrs), null);
  const owned =
    await sql`select relname from pg_class where relowner = (select oid from pg_roles where rolname = current_user)`;
  assert.deepEqual([...owned], []);
  const [auditOwner] = await sql<
    { owner: string }[]
  >`select pg_get_userbyid(relowner) as owner from pg_class where oid = 'audit_log'::regclass`;
  assert.equal(auditOwner!.owner, OWNER_ROLE);
});

test("the app role cannot switch triggers off (session_replication_role needs a superuser)", async () => {
  await assert.rejects(
    sql.begin((tx) => tx`set local session_replication_role = replica`),
    /permission denied/,
  );
});

test("the app role may INSERT and SELECT the audit log, and nothing else on it", async () => {
  const row = await prisma.auditLog.create({
    data: { action: "test.privilege", entityType: "test", entityId: "1" },
  });
  await assert.rejects(
    sql`update audit_log set action = 'tampered' where id = ${row.id.toString()}`,
    /permission denied for table audit_log/,
  );
  await assert.rejects(
    sql`delete from audit_log where id = ${row.id.toString()}`,
    /permission denied for table audit_log/,
  );
  await assert.rejects(sql`truncate audit_log`, /permission denied for table audit_log/);
  assert.equal(
    (await prisma.auditLog.findUnique({ where: { id: row.id } }))?.action,
    "test.privilege",
  );
});

test("the app role cannot change the schema or the migrations table", async () => {
  await assert.rejects(sql`alter table claims add column evil text`, /must be owner/);
  await assert.rejects(sql`create table evil (id int)`, /permission denied for schema public/);
  await assert.rejects(sql`delete from "_prisma_migrations"`, /permission denied/);
});

test("the app role may LISTEN/NOTIFY, take advisory locks and tune pg_trgm", async () => {
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(42)`;
    await tx.unsafe(`set local pg_trgm.similarity_threshold = 0.4`);
    await tx`select similarity('abc', 'abd')`;
  });
  await sql`select pg_notify('test_channel', 'x')`;
});

test("a database an earlier version created as the superuser is handed to the owner role", async () => {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
  const name = `claimdesk_legacy_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  try {
    await applyMigrations(Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString());
    const urls = await prepareRoleDatabase(adminUrl, name);
    const { applied, warning } = await prepareDatabase(urls);
    assert.deepEqual(applied, []);
    assert.equal(warning, null);
    const app = new pg.Client({ connectionString: urls.url });
    await app.connect();
    try {
      const { rows } = await app.query(
        `select count(*)::int as n from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and pg_get_userbyid(relowner) <> $1`,
        [OWNER_ROLE],
      );
      assert.equal(rows[0].n, 0, "every table belongs to the owner role");
      await app.query(
        `insert into speakers (id, name) values (gen_random_uuid(), 'Legacy speaker')`,
      );
      await assert.rejects(app.query(`update audit_log set action = 'x'`), /permission denied/);
    } finally {
      await app.end();
    }
  } finally {
    await dropDatabase(adminUrl, name);
  }
});

test("a superuser DATABASE_URL gets a warning", () => {
  assert.match(
    privilegeWarning({ user: "postgres", superuser: true, bypassRls: true }) ?? "",
    /"postgres", which is a superuser/,
  );
});
