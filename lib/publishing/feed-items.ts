// The same list as /checks, shaped for feeds (Atom and JSON Feed).
import type { Settings } from "../settings/settings.schema";
import { checkUrl } from "./check-url";
import type { PublishedCheckSummary } from "./list-published-checks";

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  published: string;
  updated: string;
}

// Cached list data may arrive with dates as ISO strings.
type Summary = Omit<PublishedCheckSummary, "firstPublishedAt" | "updatedAt" | "saidAt"> & {
  firstPublishedAt: Date | string;
  updatedAt: Date | string;
};

export function toFeedItems(items: Summary[], settings: Settings): FeedItem[] {
  return items.map((c) => {
    const url = checkUrl(settings.siteUrl, c.slug);
    return {
      id: url,
      url,
      title: `${c.speaker.name}: “${c.canonicalText}”`,
      summary: `${c.rating?.label ?? "Unrated"}. ${c.conclusion}`,
      published: new Date(c.firstPublishedAt).toISOString(),
      updated: new Date(c.updatedAt).toISOString(),
    };
  });
}

function xml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!,
  );
}

export function renderAtom(items: FeedItem[], settings: Settings): string {
  const self = new URL("/checks/feed.xml", settings.siteUrl).toString();
  const updated = items[0]?.updated ?? new Date(0).toISOString();
  const entries = items.map(
    (i) => `  <entry>
    <id>${xml(i.id)}</id>
    <title>${xml(i.title)}</title>
    <link rel="alternate" href="${xml(i.url)}"/>
    <published>${i.published}</published>
    <updated>${i.updated}</updated>
    <summary>${xml(i.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(self)}</id>
  <title>${xml(settings.organizationName)} fact-checks</title>
  <link rel="self" href="${xml(self)}"/>
  <link rel="alternate" href="${xml(new URL("/checks", settings.siteUrl).toString())}"/>
  <updated>${updated}</updated>
  <author><name>${xml(settings.organizationName)}</name><uri>${xml(settings.organizationUrl)}</uri></author>
${entries.join("\n")}
</feed>
`;
}

export function renderJsonFeed(items: FeedItem[], settings: Settings) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: `${settings.organizationName} fact-checks`,
    home_page_url: new URL("/checks", settings.siteUrl).toString(),
    feed_url: new URL("/checks/feed.json", settings.siteUrl).toString(),
    authors: [{ name: settings.organizationName, url: settings.organizationUrl }],
    items: items.map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      content_text: i.summary,
      date_published: i.published,
      date_modified: i.updated,
    })),
  };
}
