// Least privilege: migrations run as an owner role that owns the schema and its tables; the app
// connects as a role that only reads and writes rows (no DDL, no superuser, no trigger bypass),
// and may only INSERT and SELECT the audit log.
import pg from "pg";
import { JOB_QUEUE_SCHEMA } from "./job-queue";

export const OWNER_ROLE = "claimdesk_owner";
export const APP_ROLE = "claimdesk_app";

/** `url` with another user (and password) and, optionally, another database. */
export function urlAs(url: string, user: string, password: string, database?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  if (database) u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates (or corrects) both login roles on the server behind the superuser `adminUrl`. */
export async function ensureRoles(adminUrl: string, password: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    for (const role of [OWNER_ROLE, APP_ROLE]) {
      const exists = await client.query("select 1 from pg_roles where rolname = $1", [role]);
      if (exists.rowCount === 0) {
        // Two test runs on one server may race here; the loser finds the role made.
        await client
          .query(`create role ${client.escapeIdentifier(role)}`)
          .catch((err: { code?: string }) => {
            if (err.code !== "42710" && err.code !== "23505") throw err;
          });
      }
      await client.query(
        `alter role ${client.escapeIdentifier(role)} login nosuperuser nocreaterole nocreatedb noreplication nobypassrls password ${client.escapeLiteral(password)}`,
      );
    }
  });
}

/**
 * Creates database `name` owned by the owner role, and hands the owner every object an earlier
 * version created as the superuser (tables, sequences, types, functions, the migrations table).
 */
export async function ensureOwnedDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    const db = client.escapeIdentifier(name);
    const owner = client.escapeIdentifier(OWNER_ROLE);
    if (found.rowCount === 0) await client.query(`create database ${db} owner ${owner}`);
    else await client.query(`alter database ${db} owner to ${owner}`);
  });
  const inDatabase = Object.assign(new URL(adminUrl), {
    pathname: `/${encodeURIComponent(name)}`,
  }).toString();
  await withClient(inDatabase, (client) =>
    client.query(`
      alter schema public owner to ${OWNER_ROLE};
      do $$ declare r record; begin
        for r in
          select format('alter %s %s owner to ${OWNER_ROLE}',
                   case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' else 'table' end,
                   c.oid::regclass) as stmt
            from pg_class c
           where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
             and c.relowner <> '${OWNER_ROLE}'::regrole
             and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
          union all
          select format('alter type %s owner to ${OWNER_ROLE}', t.oid::regtype)
            from pg_type t
           where t.typnamespace = 'public'::regnamespace and t.typtype in ('e', 'd') and t.typowner <> '${OWNER_ROLE}'::regrole
             and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
          union all
          select format('alter function %s owner to ${OWNER_ROLE}', p.oid::regprocedure)
            from pg_proc p
           where p.pronamespace = 'public'::regnamespace and p.proowner <> '${OWNER_ROLE}'::regrole
             and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
        loop execute r.stmt; end loop;
      end $$;`),
  );
}

/**
 * Run as the owner after every migration: the app role reads and writes the app's tables, uses
 * their sequences, may only INSERT and SELECT audit_log and security_events, and may not touch
 * the migrations table; and uses the job queue's schema.
 */
export async function grantAppPrivileges(ownerUrl: string, appRole: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const app = client.escapeIdentifier(appRole);
    await client.query(`
      revoke create on schema public from public;
      grant usage on schema public to ${app};
      grant select, insert, update, delete on all tables in schema public to ${app};
      grant usage, select on all sequences in schema public to ${app};
      revoke all on table "audit_log" from ${app};
      grant select, insert on table "audit_log" to ${app};
      revoke all on table "security_events" from ${app};
      grant select, insert on table "security_events" to ${app};
      revoke all on table "_prisma_migrations" from ${app};`);
    // graphile-worker's schema (lib/db/job-queue.ts): the worker reads and locks jobs, the app
    // adds them with its SQL functions.
    const queue = await client.query("select 1 from pg_namespace where nspname = $1", [
      JOB_QUEUE_SCHEMA,
    ]);
    if (queue.rowCount === 0) return;
    await client.query(`
      grant usage on schema ${JOB_QUEUE_SCHEMA} to ${app};
      grant select, insert, update, delete on all tables in schema ${JOB_QUEUE_SCHEMA} to ${app};
      grant usage, select on all sequences in schema ${JOB_QUEUE_SCHEMA} to ${app};
      grant execute on all functions in schema ${JOB_QUEUE_SCHEMA} to ${app};`);
    // Its tables have row-level security on and no policies (only their owner sees rows): the
    // app role gets one policy per table to use them as the worker does.
    const policy = client.escapeIdentifier(`${appRole}_uses_jobs`);
    const tables = await client.query<{ name: string }>(
      `select c.oid::regclass::text as name from pg_class c
        where c.relnamespace = $1::regnamespace and c.relkind = 'r' and c.relrowsecurity
          and not exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = $2)`,
      [JOB_QUEUE_SCHEMA, `${appRole}_uses_jobs`],
    );
    for (const { name } of tables.rows) {
      await client.query(
        `create policy ${policy} on ${name} for all to ${app} using (true) with check (true)`,
      );
    }
  });
}

export interface RoleAttributes {
  user: string;
  superuser: boolean;
  bypassRls: boolean;
}

export async function roleAttributes(url: string): Promise<RoleAttributes> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ user: string; superuser: boolean; bypass: boolean }>(
      "select rolname as user, rolsuper as superuser, rolbypassrls as bypass from pg_roles where rolname = current_user",
    );
    const row = rows[0]!;
    return { user: row.user, superuser: row.superuser, bypassRls: row.bypass };
  });
}

/** The warning start-up prints when the app would run with more power than it needs. */
export function privilegeWarning(attrs: RoleAttributes): string | null {
  if (!attrs.superuser && !attrs.bypassRls) return null;
  return (
    `warning: the app connects as "${attrs.user}", which is ${attrs.superuser ? "a superuser" : "allowed to bypass row security"}: ` +
    "it could switch off the audit log's append-only trigger. Create a least-privilege role (README: Database roles) and use it in DATABASE_URL."
  );
}
