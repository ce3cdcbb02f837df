// Live queue: claim changes are announced on 'claim_changes' after their transaction commits
// (see notify in lib/db.ts for why not from a trigger), and one LISTEN per server process fans
// them out to every connected queue (server-sent events). Every process announces its own
// changes, so two app instances see each other's.
import "server-only";
import { processSingleton } from "../process-singleton";
import { afterCommit, notify, sql, type Tx } from "../db";
import type { ClaimStatus } from "../generated/prisma/enums";

const CHANNEL = "claim_changes";

export interface ClaimChange {
  id: string;
  status: ClaimStatus;
  version: number;
  assigneeId: string | null;
  op: "INSERT" | "UPDATE";
}

type ChangedClaim = Pick<ClaimChange, "id" | "status" | "version" | "assigneeId">;
type Listener = (change: ClaimChange) => void;

const feed = processSingleton<{ listeners: Set<Listener>; started?: Promise<unknown> }>(
  "claimdeskClaimFeed",
  () => ({ listeners: new Set() }),
);

/** Announces claims written by a statement that has already committed. */
export function announceClaimChanges(
  claims: ChangedClaim[],
  op: ClaimChange["op"] = "UPDATE",
): void {
  for (const { id, status, version, assigneeId } of claims) {
    notify(CHANNEL, { id, status, version, assigneeId, op } satisfies ClaimChange);
  }
}

/** Announces the claim once `tx` commits (nothing if it rolls back). */
export function announceClaimChangeAfterCommit(tx: Tx, claim: ChangedClaim): void {
  afterCommit(tx, () => announceClaimChanges([claim]));
}

function start(): Promise<unknown> {
  // postgres.js keeps the LISTEN connection open and re-subscribes after a reconnect.
  return sql
    .listen(CHANNEL, (payload) => {
      let changes: ClaimChange[];
      try {
        changes = JSON.parse(payload) as ClaimChange[];
        if (!Array.isArray(changes)) throw new TypeError("not an array");
      } catch {
        console.error(`${CHANNEL}: ignoring a payload that is not a JSON array`);
        return;
      }
      for (const change of changes) for (const listener of feed.listeners) listener(change);
    })
    .catch((err: unknown) => {
      feed.started = undefined; // the next subscriber tries again
      console.error(`${CHANNEL}: LISTEN failed:`, err);
    });
}

/** Calls `listener` for every claim change until the returned function is called. */
export function subscribeToClaimChanges(listener: Listener): {
  unsubscribe: () => void;
  ready: Promise<unknown>;
} {
  feed.listeners.add(listener);
  feed.started ??= start();
  return { unsubscribe: () => feed.listeners.delete(listener), ready: feed.started };
}
