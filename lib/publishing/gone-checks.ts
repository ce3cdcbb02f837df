// Withdrawn fact-checks, for the proxy that answers 410 Gone. A page cannot set a 410 status in
// the App Router, so proxy.ts does it; it reads this list at most every few seconds per process
// (never once per reader request). Publishing actions clear it at once in their process, and
// every process clears it when it hears of a publish or withdrawal over LISTEN (claim changes).
// While the database is unreachable the last list keeps answering, so published pages stay up
// and withdrawn ones stay gone.
import "server-only";
import { processSingleton } from "../process-singleton";
import { sql } from "../db";
import { subscribeToClaimChanges } from "../claims/claim-change-feed";

const TTL_MS = 3000;
// A failed load is retried after this long; until then readers get the last list at once.
const RETRY_MS = 1000;
const LOAD_TIMEOUT_MS = 2000;

type GoneCheck = { reason: string; unpublishedAt: string | null; title: string };

interface GoneCache {
  loadedAt: number;
  loaded: boolean;
  bySlug: Map<string, GoneCheck>;
  loading?: Promise<void>;
  listening?: boolean;
  /** The last refresh failed: answers come from the list loaded before. */
  stale?: boolean;
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
  );
}

async function load(cache: GoneCache): Promise<void> {
  try {
    const rows = await Promise.race([
      sql<{ slug: string; reason: string | null; at: Date | null; title: string }[]>`
        select p.slug, p."unpublishedReason" as reason, p."unpublishedAt" as at, c."canonicalText" as title
          from publications p join claims c on c.id = p."claimId"
         where p.status = 'UNPUBLISHED'`,
      timeout(LOAD_TIMEOUT_MS),
    ]);
    cache.bySlug = new Map(
      rows.map((r) => [
        r.slug,
        { reason: r.reason ?? "", unpublishedAt: r.at?.toISOString() ?? null, title: r.title },
      ]),
    );
    cache.loaded = true;
    cache.stale = false;
    cache.loadedAt = Date.now();
  } catch (err) {
    console.error(
      `withdrawn fact-checks: could not refresh the list (${cache.loaded ? "keeping the last one" : "none loaded yet"}):`,
      err instanceof Error ? err.message : err,
    );
    cache.stale = cache.loaded;
    cache.loadedAt = Date.now() - TTL_MS + RETRY_MS;
  }
}

function listenForChanges(cache: GoneCache): void {
  if (cache.listening) return;
  cache.listening = true;
  // Publishing moves a claim to PUBLISHED, withdrawing moves it back to APPROVED.
  subscribeToClaimChanges((change) => {
    if (change.status === "PUBLISHED" || change.status === "APPROVED") cache.loadedAt = 0;
  });
}

const goneCache = () =>
  processSingleton<GoneCache>("claimdeskGoneChecks", () => ({
    loadedAt: 0,
    loaded: false,
    bySlug: new Map(),
  }));

/** The withdrawn check with this slug, or null (also when the list could never be loaded). */
export async function findGoneCheck(slug: string): Promise<GoneCheck | null> {
  const cache = goneCache();
  listenForChanges(cache);
  if (Date.now() - cache.loadedAt > TTL_MS) {
    cache.loading ??= load(cache).finally(() => (cache.loading = undefined));
    await cache.loading;
  }
  return cache.bySlug.get(slug) ?? null;
}

/** True while the list in use is the last one loaded, because refreshing it failed. */
export function goneChecksAreLastKnown(): boolean {
  return goneCache().stale === true;
}

export function forgetGoneChecks(): void {
  goneCache().loadedAt = 0;
}
