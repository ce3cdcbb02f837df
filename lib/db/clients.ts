import "server-only";
// The one Prisma client (through @prisma/adapter-pg) and the one postgres.js client, for what
// Prisma does not do well (LISTEN/NOTIFY, SKIP LOCKED, COPY). Both read DATABASE_URL lazily,
// so scripts can set it after starting the embedded server.
import { PrismaPg } from "@prisma/adapter-pg";
import postgres from "postgres";
import { PrismaClient } from "../generated/prisma/client";

const globalForDb = globalThis as unknown as {
  claimdeskPrisma?: PrismaClient;
  claimdeskSql?: postgres.Sql;
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

/** Closes both clients (the next use opens them again). */
export async function closeClients(): Promise<void> {
  await globalForDb.claimdeskPrisma?.$disconnect();
  await globalForDb.claimdeskSql?.end({ timeout: 5 });
  globalForDb.claimdeskPrisma = undefined;
  globalForDb.claimdeskSql = undefined;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type { PrismaClient };
