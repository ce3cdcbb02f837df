// Each instance's in-memory copy of the published pages it serves (scripts/serve.mjs answers
// /checks/<slug> and /checks/<slug>/revisions/<n> from it before Next sees the request).
// - Loaded at start-up (current pages, newest first, up to the memory limit), when a publish is
//   announced, and on first request.
// - Kept until a publish, correction or withdrawal of that check is announced over LISTEN
//   (published-page-changes.ts); then reloaded, the old copy answering until the new one is in.
//   After the LISTEN connection comes back, every cached check is compared with the database.
// - While the database does not answer, cached pages keep being served; a page this instance
//   never loaded answers 503 (the caller's choice) until the database is back.
// - A live check whose page was never stored (published before pages were stored) is rendered
//   and stored on first request.
import "server-only";
import { sql, transaction } from "../db";
import { renderGonePage } from "./gone-page";
import { nextPublicGeneration } from "./public-cache-generation";
import {
  listenForPublishedPageChanges,
  onLocalPublishedPageChange,
} from "./published-page-changes";
import { PUBLISH_TIMEOUT_MS } from "./publish-verdict";
import { etagOf, publicRevisions, storePublishedPage } from "./store-published-page";

const LOAD_TIMEOUT_MS = 2000;
// After a failed load, requests for pages not in memory answer at once for this long.
const RETRY_AFTER_FAILURE_MS = 1000;

export interface CachedPage {
  status: 200 | 410;
  body: Buffer;
  etag: string;
}

export interface CacheEntry {
  slug: string;
  /** null: the current page at /checks/<slug>. */
  revision: number | null;
  /** publications.version when loaded; -1 when there was no publication. */
  version: number;
  /** null: nothing published at this address (Next answers 404). */
  page: CachedPage | null;
  stale?: boolean;
}

interface Row {
  slug: string;
  version: number;
  status: "LIVE" | "UNPUBLISHED";
  reason: string | null;
  at: Date | null;
  title: string;
  html: string | null;
  etag: string | null;
}

export class DatabaseUnavailable extends Error {}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new DatabaseUnavailable(`no answer within ${ms} ms`)), ms).unref(),
  );
}

const keyOf = (slug: string, revision: number | null) =>
  revision === null ? slug : `${slug}\n${revision}`;

function pageOf(row: Row): CachedPage | null {
  if (row.status === "UNPUBLISHED") {
    const html = renderGonePage({
      title: row.title,
      reason: row.reason ?? "",
      unpublishedAt: row.at?.toISOString() ?? null,
    });
    return { status: 410, body: Buffer.from(html), etag: etagOf(html) };
  }
  if (row.html === null || row.etag === null) return null;
  return { status: 200, body: Buffer.from(row.html), etag: row.etag };
}

export class PublishedPageCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly keysBySlug = new Map<string, Set<string>>();
  private readonly loading = new Map<string, Promise<CacheEntry>>();
  private bytes = 0;
  private failedAt = 0;
  /** Checks announced while warm() runs: its older copy of them must not be kept. */
  private changedWhileWarming?: Set<string>;

  constructor(private readonly maxBytes: number) {}

  /** The entry in memory, if any (no I/O: the fast path's hit). */
  peek(slug: string, revision: number | null): CacheEntry | undefined {
    return this.entries.get(keyOf(slug, revision));
  }

  /** Loads the entry (once for concurrent callers); throws DatabaseUnavailable when it cannot. */
  load(slug: string, revision: number | null): Promise<CacheEntry> {
    const key = keyOf(slug, revision);
    if (Date.now() - this.failedAt < RETRY_AFTER_FAILURE_MS && !this.loading.has(key))
      return Promise.reject(new DatabaseUnavailable("the database did not answer a moment ago"));
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.fetch(slug, revision)
        .then((entry) => {
          this.put(key, entry);
          return entry;
        })
        .catch((err: unknown) => {
          this.failedAt = Date.now();
          const cached = this.entries.get(key);
          if (cached) cached.stale = true; // still served; asked again on its next request
          throw err instanceof DatabaseUnavailable ? err : new DatabaseUnavailable(String(err));
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  /** Subscribes to changes, then loads the current pages; resolves once listening. */
  async start(): Promise<void> {
    // A change made in this process: its pages load afresh on their next request.
    onLocalPublishedPageChange((change) => this.forgetSlug(change.slug));
    await listenForPublishedPageChanges(
      (change) => {
        // The reader lists (index, feeds, corrections) are Next's data cache: a new generation.
        nextPublicGeneration();
        this.changedWhileWarming?.add(change.slug);
        this.reloadSlug(change.slug);
      },
      () => {
        nextPublicGeneration(); // changes made while nobody listened
        void this.recheckAll();
      },
    );
    void this.warm().catch((err: unknown) =>
      console.error(
        "published pages: could not preload:",
        err instanceof Error ? err.message : err,
      ),
    );
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private async fetch(
    slug: string,
    revision: number | null,
    renderMissing = true,
  ): Promise<CacheEntry> {
    const rows = await Promise.race([
      sql<(Row & { current: number })[]>`
        select p.slug, p.version, p.status, p.revision as current, p."unpublishedReason" as reason,
               p."unpublishedAt" as at, c."canonicalText" as title, pp.html, pp.etag
          from publications p
          join claims c on c.id = p."claimId"
          left join published_pages pp
            on pp."publicationId" = p.id and pp.revision = coalesce(${revision}::int, p.revision)
         where p.slug = ${slug}`,
      timeout(LOAD_TIMEOUT_MS),
    ]);
    const row = rows[0];
    if (!row) return { slug, revision, version: -1, page: null };
    const page = pageOf(row);
    if (page || row.status !== "LIVE" || !renderMissing)
      return { slug, revision, version: row.version, page };
    return (await this.renderMissing(slug, revision))
      ? this.fetch(slug, revision, false)
      : { slug, revision, version: row.version, page: null };
  }

  /** A live check without a stored page (published before pages were stored): render it now. */
  private renderMissing(slug: string, revision: number | null): Promise<boolean> {
    return transaction(
      async (tx) => {
        if (revision !== null && !(await publicRevisions(tx, slug)).includes(revision))
          return false;
        return (await storePublishedPage(tx, slug, revision ?? undefined, "keep")) !== null;
      },
      { timeout: PUBLISH_TIMEOUT_MS },
    );
  }

  private put(key: string, entry: CacheEntry): void {
    const old = this.entries.get(key);
    if (old) this.bytes -= old.page?.body.length ?? 0;
    this.entries.delete(key); // re-inserted last: eviction below drops the oldest first
    this.entries.set(key, entry);
    this.bytes += entry.page?.body.length ?? 0;
    const keys = this.keysBySlug.get(entry.slug) ?? new Set<string>();
    this.keysBySlug.set(entry.slug, keys);
    keys.add(key);
    for (const [oldest, evicted] of this.entries) {
      if (this.bytes <= this.maxBytes || oldest === key) break;
      this.entries.delete(oldest);
      this.keysBySlug.get(evicted.slug)?.delete(oldest);
      this.bytes -= evicted.page?.body.length ?? 0;
    }
  }

  private forgetSlug(slug: string): void {
    for (const key of this.keysBySlug.get(slug) ?? []) {
      this.bytes -= this.entries.get(key)?.page?.body.length ?? 0;
      this.entries.delete(key);
    }
    this.keysBySlug.delete(slug);
  }

  /** Reloads every cached page of the check; the old copies answer until then. */
  private reloadSlug(slug: string): void {
    // A check this instance never served is loaded now too, so it answers during an outage.
    const keys = this.keysBySlug.get(slug);
    if (!keys?.size) void this.load(slug, null).catch(() => {});
    for (const key of keys ?? []) {
      const entry = this.entries.get(key);
      if (entry) void this.load(entry.slug, entry.revision).catch(() => {});
    }
  }

  /** After (re)connecting: reload the checks that changed while nobody was listening. */
  private async recheckAll(): Promise<void> {
    const slugs = [...this.keysBySlug.keys()];
    if (slugs.length === 0) return;
    try {
      const rows = await sql<{ slug: string; version: number }[]>`
        select slug, version from publications where slug = any(${slugs})`;
      const versions = new Map(rows.map((r) => [r.slug, r.version]));
      for (const slug of slugs) {
        const key = this.keysBySlug.get(slug)?.values().next().value;
        const entry = key === undefined ? undefined : this.entries.get(key);
        if (entry && entry.version !== (versions.get(slug) ?? -1)) this.reloadSlug(slug);
      }
    } catch (err) {
      console.error("published pages: could not re-check after reconnecting:", err);
    }
  }

  /** Loads the current pages into memory, most recently changed first, up to the limit. */
  private async warm(): Promise<void> {
    const changed = new Set<string>();
    this.changedWhileWarming = changed;
    try {
      await this.warmFrom(changed);
    } finally {
      this.changedWhileWarming = undefined;
    }
  }

  private async warmFrom(changed: Set<string>): Promise<void> {
    await sql<Row[]>`
      select p.slug, p.version, p.status, p."unpublishedReason" as reason, p."unpublishedAt" as at,
             c."canonicalText" as title, pp.html, pp.etag
        from publications p
        join claims c on c.id = p."claimId"
        left join published_pages pp on pp."publicationId" = p.id and pp.revision = p.revision
       order by p."updatedAt" desc`.cursor(100, (rows) => {
      for (const row of rows) {
        const page = pageOf(row);
        if (page && !this.entries.has(row.slug) && !changed.has(row.slug))
          this.put(row.slug, { slug: row.slug, revision: null, version: row.version, page });
      }
      if (this.bytes >= this.maxBytes) return sql.CLOSE;
    });
  }
}
