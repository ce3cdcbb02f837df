// Answers 410 Gone for withdrawn fact-checks: App Router pages cannot set that status, and the
// page stays static for live checks. Only /checks/<slug> passes through here.
import { NextResponse, type NextRequest } from "next/server";
import { findGoneCheck } from "./lib/publishing/gone-checks";
import { renderGonePage } from "./lib/publishing/gone-page";

export async function proxy(request: NextRequest) {
  const slug = decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? "");
  const gone = slug ? await findGoneCheck(slug) : null;
  if (!gone) return NextResponse.next();
  return new NextResponse(renderGonePage(gone), {
    status: 410,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export const config = {
  matcher: ["/checks/:slug((?!feed\\.xml$|feed\\.json$)[^/]+)"],
};
