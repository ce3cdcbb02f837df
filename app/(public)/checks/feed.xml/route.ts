import { cachedPublishedChecks, cachedSettings } from "@/lib/publishing/public-cache";
import { renderAtom, toFeedItems } from "@/lib/publishing/feed-items";

// Dynamic route, cached data: no build-time database, no query per reader.
export const dynamic = "force-dynamic";

export async function GET() {
  const [list, settings] = await Promise.all([
    cachedPublishedChecks({ page: 1, pageSize: 50 }),
    cachedSettings(),
  ]);
  return new Response(renderAtom(toFeedItems(list.items, settings), settings), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
