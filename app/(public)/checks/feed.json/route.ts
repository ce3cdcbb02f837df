import { cachedPublishedChecks, cachedSettings } from "@/lib/publishing/public-cache";
import { renderJsonFeed, toFeedItems } from "@/lib/publishing/feed-items";

export const dynamic = "force-dynamic";

export async function GET() {
  const [list, settings] = await Promise.all([cachedPublishedChecks({ page: 1, pageSize: 50 }), cachedSettings()]);
  return Response.json(renderJsonFeed(toFeedItems(list.items, settings), settings), {
    headers: { "content-type": "application/feed+json; charset=utf-8" },
  });
}
