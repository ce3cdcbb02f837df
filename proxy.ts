// Runs before Next's pages for the paths in `config.matcher`:
// - bad addresses (malformed percent-encoding, NUL) answer 400 instead of failing in a page;
// - /api/*: mutating requests from other sites are refused (Origin check; next-auth keeps its own;
//   /api/import checks it in its route; /api/v1 is token-only, so not forgeable);
// - server-action bodies over 1 MB answer 413 and absurdly nested ones 400 (lib/http/action-body);
// (Published fact-checks, live or withdrawn, are answered before Next by scripts/serve.mjs.)
// - desk pages answer a 503 "database unavailable" page while the database does not answer;
// - desk pages answer a redirect to the two-factor enrolment page while the admin setting holds
//   the user there (lib/two-factor/two-factor-gate.ts);
// - desk pages and sign-in get a fresh CSP nonce per request, which Next puts on its scripts;
//   /api/docs gets its own policy (lib/api/docs-policy.ts: Scalar's bundle from this origin).
// Public pages are static and need no nonce (next.config.js sends their policy).
import { NextResponse, type NextRequest } from "next/server";
import { API_DOCS_PATH, API_DOCS_POLICY } from "./lib/api/docs-policy";
import { databaseAvailable } from "./lib/db/database-availability";
import { actionBodyProblem, isPossibleServerAction } from "./lib/http/action-body";
import { badRequestPage, databaseUnavailablePage } from "./lib/http/error-pages";
import { malformedUrlReason } from "./lib/http/malformed-url";
import { contentSecurityPolicy, newNonce } from "./lib/security/content-security-policy";
import { isMutating, isSameOrigin } from "./lib/security/same-origin";
import { heldToTwoFactorSetup } from "./lib/two-factor/two-factor-gate";
import { TWO_FACTOR_PATH } from "./lib/two-factor/two-factor.schema";

const DESK_PATH = /^\/(?:desk|queue|claims|import|reports|admin|publish|account)(?:\/|$)/;
const PUBLIC_PATH = /^\/(?:checks|corrections|methodology)(?:\/|$)/;

function crossSite(request: NextRequest): NextResponse | null {
  if (
    !isMutating(request.method) ||
    request.nextUrl.pathname.startsWith("/api/auth/") ||
    // /api/v1 takes bearer tokens only, never the session cookie: nothing for another site to forge.
    request.nextUrl.pathname.startsWith("/api/v1/") ||
    isSameOrigin(request)
  )
    return null;
  return NextResponse.json(
    {
      error: "This request did not come from a Claimdesk page (cross-site requests are refused).",
      code: "FORBIDDEN",
    },
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
  const { pathname } = request.nextUrl;
  const malformed = malformedUrlReason(request.nextUrl);
  if (malformed) return badRequestPage(malformed);

  if (pathname === API_DOCS_PATH) {
    const response = NextResponse.next();
    response.headers.set("content-security-policy", API_DOCS_POLICY);
    return response;
  }
  if (pathname.startsWith("/api/")) return crossSite(request) ?? NextResponse.next();

  if (isPossibleServerAction(request)) {
    const problem = await actionBodyProblem(request);
    if (problem)
      return new NextResponse(problem.message, {
        status: problem.status,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
  }

  if (PUBLIC_PATH.test(pathname)) return NextResponse.next();
  if (DESK_PATH.test(pathname)) {
    if (!(await databaseAvailable())) return databaseUnavailablePage();
    // Server actions posted from a page are refused by the action gate instead.
    if (
      request.method === "GET" &&
      pathname !== TWO_FACTOR_PATH &&
      (await heldToTwoFactorSetup(request))
    )
      return NextResponse.redirect(new URL(TWO_FACTOR_PATH, request.url));
  }
  return withNonce(request);
}

export const config = {
  matcher: [
    "/checks/:path*",
    "/checks",
    "/corrections",
    // Not /api/import: a proxy buffers (and past its limit cuts) the body; the route streams and
    // limits the upload itself and checks the Origin there.
    "/api/((?!import(?:/|$)).*)",
    // Everything else but the static public pages and build assets (desk pages, sign-in, and
    // server actions, which can be posted to any of them).
    "/((?!api/|checks|corrections|methodology|_next/|favicon\\.ico|robots\\.txt|sitemap\\.xml).*)",
  ],
};
