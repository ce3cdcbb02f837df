// The fast path for published fact-checks, in front of Next (scripts/serve.mjs): GET/HEAD of
// /checks/<slug> and /checks/<slug>/revisions/<n> answer the stored bytes from memory with a
// strong ETag (304 on If-None-Match), CDN caching and the public pages' security headers;
// withdrawn checks answer 410. Everything else, and addresses with nothing published, go on to
// Next (which answers 404, or 400 for a malformed address).
import type { IncomingMessage, ServerResponse } from "node:http";
import fresh from "fresh";
import { securityHeaders } from "../security/security-headers.mjs";
import { cdnPurgeUrl } from "./cdn-purge";
import { warmPageRenderer } from "./page-render/render-in-worker";
import { type CachedPage, PublishedPageCache } from "./published-page-cache";

const PATH = /^\/checks\/([^/?#]+)(?:\/revisions\/(\d{1,6}))?$/;
const NOT_CHECKS = new Set(["feed.xml", "feed.json"]);

type Next = () => void;
export type PublishedPageHandler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** Cache-Control for shared caches: long when a CDN is told to purge, short otherwise. */
export function publicCacheControl(purging = cdnPurgeUrl() !== null): string {
  const shared = purging ? 86_400 : 300;
  return `public, max-age=0, s-maxage=${shared}, stale-while-revalidate=600, stale-if-error=86400`;
}

function parse(url: string | undefined): { slug: string; revision: number | null } | null {
  const path = url?.split("?", 1)[0] ?? "";
  const match = PATH.exec(path);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    return null; // Next's proxy answers 400
  }
  if (NOT_CHECKS.has(slug) || slug.includes("\0")) return null;
  return { slug, revision: match[2] === undefined ? null : Number(match[2]) };
}

export function createPublishedPageHandler(
  cache: PublishedPageCache,
  env: Record<string, string | undefined> = process.env,
): PublishedPageHandler {
  const common: Record<string, string> = { "cache-control": publicCacheControl() };
  for (const { key, value } of securityHeaders(env)) common[key.toLowerCase()] = value;
  // Headers per stored page, built once (the fast path only looks them up).
  const headerCache = new WeakMap<CachedPage, Record<string, string>>();
  const headersOf = (page: CachedPage, revision: boolean) => {
    let headers = headerCache.get(page);
    if (!headers) {
      headers = {
        ...common,
        "content-type": "text/html; charset=utf-8",
        "content-length": String(page.body.length),
        etag: page.etag,
        ...(revision || page.status === 410 ? { "x-robots-tag": "noindex" } : {}),
      };
      headerCache.set(page, headers);
    }
    return headers;
  };

  const send = (req: IncomingMessage, res: ServerResponse, page: CachedPage, revision: boolean) => {
    const headers = headersOf(page, revision);
    // The origin answers If-None-Match whatever Cache-Control the request carries (its
    // directives are for caches on the way; Node's fetch adds no-cache to conditional requests).
    const condition = req.headers["if-none-match"];
    if (condition && fresh({ "if-none-match": condition }, { etag: page.etag })) {
      const { "content-length": _, "content-type": __, ...notModified } = headers;
      res.writeHead(304, notModified).end();
      return;
    }
    res.writeHead(page.status, headers).end(req.method === "HEAD" ? undefined : page.body);
  };

  const unavailable = (res: ServerResponse) => {
    res
      .writeHead(503, {
        ...common,
        "cache-control": "no-store",
        "retry-after": "30",
        "content-type": "text/plain; charset=utf-8",
      })
      .end("This fact-check cannot be shown right now. Please try again in a minute.\n");
  };

  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const address = parse(req.url);
    if (!address) return next();
    const { slug, revision } = address;
    const entry = cache.peek(slug, revision);
    if (entry) {
      if (entry.stale) void cache.load(slug, revision).catch(() => {});
      if (!entry.page) return next();
      return send(req, res, entry.page, revision !== null);
    }
    cache.load(slug, revision).then(
      (loaded) => (loaded.page ? send(req, res, loaded.page, revision !== null) : next()),
      (err: unknown) => {
        console.error(
          `/checks/${slug}: not in memory and`,
          err instanceof Error ? err.message : err,
        );
        unavailable(res);
      },
    );
  };
}

/** What serve.mjs calls: the cache (listening, preloading) and its request handler. */
export async function startPublishedPages(): Promise<PublishedPageHandler> {
  const megabytes = Number(process.env.PUBLISHED_PAGES_CACHE_MB ?? 256);
  const cache = new PublishedPageCache(megabytes * 1024 * 1024);
  warmPageRenderer();
  for (;;) {
    try {
      await cache.start();
      break;
    } catch (err) {
      // Not listening means not hearing of corrections: no page is served until it works.
      console.error(
        "published pages: cannot LISTEN yet, retrying:",
        err instanceof Error ? err.message : err,
      );
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  return createPublishedPageHandler(cache);
}
