// One LISTEN per server process, fanned out to every connected queue (server-sent events).
// The trigger in the *_manual migration NOTIFYs 'claim_changes' on every claim insert/update.
import { sql } from "../db";
import type { ClaimStatus } from "../generated/prisma/enums";

export interface ClaimChange {
  id: string;
  status: ClaimStatus;
  version: number;
  assigneeId: string | null;
  op: "INSERT" | "UPDATE";
}

type Listener = (change: ClaimChange) => void;

const feed = ((globalThis as { claimdeskClaimFeed?: { listeners: Set<Listener>; started?: Promise<unknown> } })
  .claimdeskClaimFeed ??= { listeners: new Set() });

function start(): Promise<unknown> {
  // postgres.js keeps the LISTEN connection open and re-subscribes after a reconnect.
  return sql
    .listen("claim_changes", (payload) => {
      let change: ClaimChange;
      try {
        change = JSON.parse(payload) as ClaimChange;
      } catch {
        console.error("claim_changes: ignoring a payload that is not JSON");
        return;
      }
      for (const listener of feed.listeners) listener(change);
    })
    .catch((err: unknown) => {
      feed.started = undefined; // the next subscriber tries again
      console.error("claim_changes: LISTEN failed:", err);
    });
}

/** Calls `listener` for every claim change until the returned function is called. */
export function subscribeToClaimChanges(listener: Listener): { unsubscribe: () => void; ready: Promise<unknown> } {
  feed.listeners.add(listener);
  feed.started ??= start();
  return { unsubscribe: () => feed.listeners.delete(listener), ready: feed.started };
}
