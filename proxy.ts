// Runs before Next's pages for the paths in `config.matcher`:
// - bad addresses (malformed percent-encoding, NUL) answer 400 instead of failing in a page;
// - server-action bodies over 1 MB answer 413 and absurdly nested ones 400 (lib/http/action-body);
// - /checks/<slug> of a withdrawn fact-check answers 410 Gone (App Router pages cannot set it;
//   the page stays static for live checks), also while the database is down;
// - desk pages answer a 503 "database unavailable" page while the database does not answer.
import { NextResponse, type NextRequest } from "next/server";
import { databaseAvailable } from "./lib/db/database-availability";
import { actionBodyProblem, isPossibleServerAction } from "./lib/http/action-body";
import { badRequestPage, databaseUnavailablePage, htmlResponse } from "./lib/http/error-pages";
import { malformedUrlReason } from "./lib/http/malformed-url";
import { findGoneCheck } from "./lib/publishing/gone-checks";
import { renderGonePage } from "./lib/publishing/gone-page";

const DESK_PATH = /^\/(?:desk|queue|claims|import|reports|admin|publish)(?:\/|$)/;
const CHECK_PATH = /^\/checks\/([^/]+)$/;

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = malformedUrlReason(request.nextUrl);
  if (malformed) return badRequestPage(malformed);

  if (isPossibleServerAction(request)) {
    const problem = await actionBodyProblem(request);
    if (problem) return new NextResponse(problem.message, { status: problem.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }

  const check = CHECK_PATH.exec(pathname);
  if (check && !/^feed\.(?:xml|json)$/.test(check[1]!)) {
    const gone = await findGoneCheck(decodeURIComponent(check[1]!));
    if (gone) return htmlResponse(410, renderGonePage(gone));
  } else if (DESK_PATH.test(pathname) && !(await databaseAvailable())) {
    return databaseUnavailablePage();
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/checks/:path*",
    "/checks",
    "/corrections",
    "/:section(desk|queue|claims|import|reports|admin|publish)/:path*",
    "/api/export/:path*",
    "/api/queue/:path*",
    // Server actions can be posted to any page.
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
