// CDN_PURGE_URL: an http(s) endpoint told, after a publish, correction or withdrawal commits,
// which public URLs changed (POST, JSON {event, slug, urls}; CDN_PURGE_TOKEN as a bearer token).
// Only http(s) is accepted, redirects are not followed and the call gives up after 5 s; a failure
// is logged and never undoes the change (the CDN then serves the old page until s-maxage).
import { getSettings } from "../settings/get-settings";
import { checkUrl } from "./check-url";
import type { PublishedPageChange } from "./published-page-changes";

const TIMEOUT_MS = 5000;

/** The purge endpoint, or null when unset; an unusable value is refused with a clear message. */
export function cdnPurgeUrl(value = process.env.CDN_PURGE_URL): URL | null {
  if (!value?.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`CDN_PURGE_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`CDN_PURGE_URL must be an http(s) URL, not ${url.protocol}`);
  if (url.username || url.password)
    throw new Error("CDN_PURGE_URL must not carry credentials; set CDN_PURGE_TOKEN instead");
  return url;
}

/** The public URLs of a check that a CDN may hold. */
export async function purgeUrlsFor(slug: string): Promise<string[]> {
  const page = checkUrl((await getSettings()).siteUrl, slug);
  return [page, `${page}/revisions/*`, new URL("/checks", page).toString()];
}

export async function purgeCdn(change: PublishedPageChange): Promise<void> {
  let endpoint: URL | null;
  try {
    endpoint = cdnPurgeUrl();
    if (!endpoint) return;
    const response = await fetch(endpoint, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        ...(process.env.CDN_PURGE_TOKEN
          ? { authorization: `Bearer ${process.env.CDN_PURGE_TOKEN}` }
          : {}),
      },
      body: JSON.stringify({ ...change, urls: await purgeUrlsFor(change.slug) }),
    });
    if (!response.ok) throw new Error(`the purge endpoint answered ${response.status}`);
  } catch (err) {
    console.error(
      `CDN purge for /checks/${change.slug} failed:`,
      err instanceof Error ? err.message : err,
    );
  }
}
