// The database, as the rest of the app imports it (`import { prisma, sql, transaction } from
// "@/lib/db"`): the clients, the transaction helper with after-commit hooks, the notify outbox.
import "server-only";
import { closeClients } from "./clients";
import { drainOutbox } from "./notify-outbox";

export { getPrisma, getSql, prisma, sql, type PrismaClient, type Tx } from "./clients";
export { afterCommit, transaction } from "./transaction";
export { notify } from "./notify-outbox";

/** Announces what committed, then closes both clients. */
export async function disconnectDb(): Promise<void> {
  await drainOutbox();
  await closeClients();
}
