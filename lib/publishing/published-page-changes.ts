// Every instance keeps the published pages it serves in memory (published-page-cache.ts). A
// publish, correction or withdrawal is announced on 'published_pages' once its transaction has
// committed (notify in lib/db), so every instance reloads that check's pages, and a CDN in front
// is told to purge them (CDN_PURGE_URL).
import "server-only";
import { afterCommit, notify, sql, type Tx } from "../db";
import { processSingleton } from "../process-singleton";
import { purgeCdn } from "./cdn-purge";

const CHANNEL = "published_pages";

export interface PublishedPageChange {
  slug: string;
  event: "publish" | "correct" | "withdraw" | "update";
}

type LocalListener = (change: PublishedPageChange) => void;

// This process's own cache hears of its changes before the action answers (so the editor who
// corrected a check reads the correction next); other processes hear through NOTIFY.
const localListeners = () =>
  processSingleton<Set<LocalListener>>("claimdeskPublishedPageListeners", () => new Set());

export function onLocalPublishedPageChange(listener: LocalListener): void {
  localListeners().add(listener);
}

/** After `tx` commits: tell every instance and the CDN that this check's pages changed. */
export function announcePublishedPageAfterCommit(tx: Tx, change: PublishedPageChange): void {
  afterCommit(tx, () => {
    for (const listener of localListeners()) listener(change);
    notify(CHANNEL, change);
    void purgeCdn(change);
  });
}

/**
 * Calls `onChange` for every announced change and `onListen` each time the LISTEN connection
 * is (re)established: changes announced while it was down are lost, so the caller re-checks.
 */
export function listenForPublishedPageChanges(
  onChange: (change: PublishedPageChange) => void,
  onListen: () => void,
): Promise<unknown> {
  // postgres.js keeps the LISTEN connection open and re-subscribes after a reconnect.
  return sql.listen(
    CHANNEL,
    (payload) => {
      let changes: PublishedPageChange[];
      try {
        changes = JSON.parse(payload) as PublishedPageChange[];
        if (!Array.isArray(changes)) throw new TypeError("not an array");
      } catch {
        console.error(`${CHANNEL}: ignoring a payload that is not a JSON array`);
        return;
      }
      for (const change of changes) onChange(change);
    },
    onListen,
  );
}
