// Withdrawn fact-checks, for the proxy that answers 410 Gone. A page cannot set a 410 status in
// the App Router, so proxy.ts does it; it reads this list at most every few seconds per process
// (never once per reader request), and publishing actions clear it at once in this process.
import { sql } from "../db";

const TTL_MS = 3000;

interface GoneCache {
  loadedAt: number;
  bySlug: Map<string, { reason: string; unpublishedAt: string | null; title: string }>;
  loading?: Promise<void>;
}

const store = globalThis as unknown as { claimdeskGoneChecks?: GoneCache };

async function load(cache: GoneCache): Promise<void> {
  const rows = await sql<{ slug: string; reason: string | null; at: Date | null; title: string }[]>`
    select p.slug, p."unpublishedReason" as reason, p."unpublishedAt" as at, c."canonicalText" as title
      from publications p join claims c on c.id = p."claimId"
     where p.status = 'UNPUBLISHED'`;
  cache.bySlug = new Map(rows.map((r) => [r.slug, { reason: r.reason ?? "", unpublishedAt: r.at?.toISOString() ?? null, title: r.title }]));
  cache.loadedAt = Date.now();
}

export async function findGoneCheck(slug: string) {
  const cache: GoneCache = (store.claimdeskGoneChecks ??= { loadedAt: 0, bySlug: new Map() });
  if (Date.now() - cache.loadedAt > TTL_MS) {
    cache.loading ??= load(cache).finally(() => (cache.loading = undefined));
    await cache.loading;
  }
  return cache.bySlug.get(slug) ?? null;
}

export function forgetGoneChecks(): void {
  if (store.claimdeskGoneChecks) store.claimdeskGoneChecks.loadedAt = 0;
}
