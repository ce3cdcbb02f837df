// Defence in depth against cross-site request forgery on route handlers: a mutating request
// must come from a page of this site (server actions get the same check from Next itself).
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isMutating(method: string): boolean {
  return MUTATING.has(method.toUpperCase());
}

/** The site's own origins: where the request says it was sent to, and the configured URLs. */
function siteHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  for (const url of [process.env.NEXTAUTH_URL, process.env.PUBLIC_SITE_URL]) {
    if (url && URL.canParse(url)) hosts.add(new URL(url).host.toLowerCase());
  }
  return hosts;
}

/**
 * True when the browser says the request comes from this site: its Origin names our host, or,
 * with no Origin, Sec-Fetch-Site says same-origin. Anything else (another site, "null", a
 * client that names no origin) is refused.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (!URL.canParse(origin) || origin === "null") return false;
    return siteHosts(request).has(new URL(origin).host.toLowerCase());
  }
  return request.headers.get("sec-fetch-site") === "same-origin";
}
