// The transaction helper and work that must wait for the commit.
// NOTIFY inside a transaction takes a database-wide lock that is held through the commit's WAL
// flush, so notifying transactions commit one at a time (50 editors pressing "Take next" queue
// behind each other). Changes are therefore announced after their transaction commits.
import "server-only";
import { getPrisma, type Tx } from "./clients";

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
