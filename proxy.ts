// Runs before Next renders, for three things App Router pages and route handlers cannot do:
// - /checks/<slug>: answers 410 Gone for withdrawn fact-checks (the page itself stays static);
// - /api/*: refuses mutating requests from other sites (Origin check; next-auth keeps its own);
// - desk pages and sign-in: a fresh CSP nonce per request, which Next puts on its scripts.
// Public pages are static and need none of this (next.config.js sends their policy).
import { NextResponse, type NextRequest } from "next/server";
import { findGoneCheck } from "./lib/publishing/gone-checks";
import { renderGonePage } from "./lib/publishing/gone-page";
import { contentSecurityPolicy, newNonce } from "./lib/security/content-security-policy";
import { isMutating, isSameOrigin } from "./lib/security/same-origin";

async function goneOrNext(request: NextRequest) {
  const slug = decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? "");
  const gone = slug ? await findGoneCheck(slug) : null;
  if (!gone) return NextResponse.next();
  return new NextResponse(renderGonePage(gone), {
    status: 410,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

function sameOriginOnly(request: NextRequest) {
  if (!isMutating(request.method) || request.nextUrl.pathname.startsWith("/api/auth/") || isSameOrigin(request)) {
    return NextResponse.next();
  }
  return NextResponse.json(
    { error: "This request did not come from a Claimdesk page (cross-site requests are refused).", code: "FORBIDDEN" },
    { status: 403 },
  );
}

function withNonce(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce());
  // Next reads the nonce from the request's policy while rendering; the browser enforces the response's.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (path.startsWith("/checks/")) return goneOrNext(request);
  if (path.startsWith("/api/")) return sameOriginOnly(request);
  return withNonce(request);
}

export const config = {
  matcher: [
    "/checks/:slug((?!feed\\.xml$|feed\\.json$)[^/]+)",
    "/api/:path*",
    // Everything else but the static public pages and build assets.
    "/((?!api/|checks|corrections|methodology|_next/|favicon\\.ico|robots\\.txt|sitemap\\.xml).*)",
  ],
};
