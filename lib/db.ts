// The one Prisma client (through @prisma/adapter-pg) and the one postgres.js client, for what
// Prisma does not do well (LISTEN/NOTIFY, SKIP LOCKED, COPY). Both read DATABASE_URL lazily,
// so scripts can set it after starting the embedded server.
import { PrismaPg } from "@prisma/adapter-pg";
import postgres from "postgres";
import { PrismaClient } from "./generated/prisma/client";

const globalForDb = globalThis as unknown as {
  claimdeskPrisma?: PrismaClient;
  claimdeskSql?: postgres.Sql;
  claimdeskOutbox?: Outbox;
};

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set — start Claimdesk with `npm start`");
  return url;
}

export function getPrisma(): PrismaClient {
  globalForDb.claimdeskPrisma ??= new PrismaClient({
    adapter: new PrismaPg({
      connectionString: databaseUrl(),
      max: Number(process.env.DB_POOL_SIZE ?? 10),
    }),
  });
  return globalForDb.claimdeskPrisma;
}

export function getSql(): postgres.Sql {
  globalForDb.claimdeskSql ??= postgres(databaseUrl(), {
    max: Number(process.env.DB_POOL_SIZE ?? 10),
    onnotice: () => {},
  });
  return globalForDb.claimdeskSql;
}

/** Lazily connected clients: importing this module never opens a connection. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, prop) => Reflect.get(getPrisma(), prop),
});

export const sql: postgres.Sql = new Proxy((() => {}) as unknown as postgres.Sql, {
  get: (_target, prop) => Reflect.get(getSql(), prop),
  apply: (_target, _this, args) =>
    Reflect.apply(getSql() as unknown as (...a: unknown[]) => unknown, undefined, args),
});

export async function disconnectDb(): Promise<void> {
  while (globalForDb.claimdeskOutbox?.flushing) await globalForDb.claimdeskOutbox.flushing; // announce what committed
  await globalForDb.claimdeskPrisma?.$disconnect();
  await globalForDb.claimdeskSql?.end({ timeout: 5 });
  globalForDb.claimdeskPrisma = undefined;
  globalForDb.claimdeskSql = undefined;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type { PrismaClient };

// — Work that must wait for the commit —
// NOTIFY inside a transaction takes a database-wide lock that is held through the commit's WAL
// flush, so notifying transactions commit one at a time (50 editors pressing "Take next" queue
// behind each other). Changes are therefore announced after their transaction commits.

type AfterCommit = () => void;
const afterCommitHooks = new WeakMap<object, AfterCommit[]>();

/** prisma.$transaction, plus hooks (afterCommit) that run once it has committed. */
export async function transaction<T>(
  fn: (tx: Tx) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  const hooks: AfterCommit[] = [];
  const result = await getPrisma().$transaction(async (tx) => {
    afterCommitHooks.set(tx, hooks);
    return fn(tx);
  }, options);
  for (const hook of hooks) hook();
  return result;
}

/** Runs `hook` after `tx` commits; never when it rolls back. */
export function afterCommit(tx: Tx, hook: AfterCommit): void {
  const hooks = afterCommitHooks.get(tx);
  if (!hooks)
    throw new Error("afterCommit needs a transaction started with transaction() from lib/db");
  hooks.push(hook);
}

// NOTIFY payloads must stay under 8000 bytes; one notification carries a JSON array of messages.
const MAX_PAYLOAD_BYTES = 7800;

interface Outbox {
  channels: Map<string, string[]>;
  flushing?: Promise<void>;
}

/**
 * Queues `message` for LISTENers on `channel`. Messages queued while a NOTIFY is in flight go
 * out together in the next one, so a burst of changes costs a few notifications, not one each.
 */
export function notify(channel: string, message: unknown): void {
  globalForDb.claimdeskOutbox ??= { channels: new Map() };
  const outbox = globalForDb.claimdeskOutbox;
  const queued = outbox.channels.get(channel) ?? [];
  queued.push(JSON.stringify(message));
  outbox.channels.set(channel, queued);
  scheduleFlush(outbox);
}

function scheduleFlush(outbox: Outbox): void {
  outbox.flushing ??= flushOutbox(outbox).finally(() => {
    outbox.flushing = undefined;
    if (outbox.channels.size > 0) scheduleFlush(outbox);
  });
}

async function flushOutbox(outbox: Outbox): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve)); // gather what else commits in this turn
  while (outbox.channels.size > 0) {
    const [channel, messages] = outbox.channels.entries().next().value as [string, string[]];
    outbox.channels.delete(channel);
    for (const payload of packPayloads(messages)) {
      try {
        await getSql()`select pg_notify(${channel}, ${payload})`;
      } catch (err) {
        // The change itself is committed; live screens catch up on their next refresh.
        console.error(`notify ${channel}: could not announce ${messages.length} change(s):`, err);
      }
    }
  }
}

function packPayloads(messages: string[]): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  let bytes = 2;
  for (const message of messages) {
    const size = Buffer.byteLength(message) + 1;
    if (batch.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
      payloads.push(`[${batch.join(",")}]`);
      batch = [];
      bytes = 2;
    }
    batch.push(message);
    bytes += size;
  }
  if (batch.length > 0) payloads.push(`[${batch.join(",")}]`);
  return payloads;
}
