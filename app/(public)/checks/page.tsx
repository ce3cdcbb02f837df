import Link from "next/link";
import { RatingBadge } from "@/components/publishing/rating-badge";
import { DateText } from "@/components/publishing/dates";
import { cachedPublicFilters, cachedPublishedChecks } from "@/lib/publishing/public-cache";
import "@/components/publishing/publishing.css";

export const metadata = {
  title: "Fact-checks",
  alternates: {
    types: {
      "application/atom+xml": "/checks/feed.xml",
      "application/feed+json": "/checks/feed.json",
    },
  },
};

type Props = { searchParams: Promise<{ speaker?: string; rating?: string; page?: string }> };

function pageHref(params: { speaker?: string; rating?: string }, page: number): string {
  const q = new URLSearchParams();
  if (params.speaker) q.set("speaker", params.speaker);
  if (params.rating) q.set("rating", params.rating);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `/checks?${s}` : "/checks";
}

export default async function ChecksIndex({ searchParams }: Props) {
  const sp = await searchParams;
  const speaker = typeof sp.speaker === "string" && sp.speaker ? sp.speaker : undefined;
  const rating = typeof sp.rating === "string" && sp.rating ? sp.rating : undefined;
  const [list, filters] = await Promise.all([
    cachedPublishedChecks({ speaker, rating, page: Number(sp.page) || 1, pageSize: 20 }),
    cachedPublicFilters(),
  ]);
  return (
    <>
      <h1>Fact-checks</h1>
      <form className="filters" method="get" action="/checks" aria-label="Filter fact-checks">
        <label>
          Speaker
          <select name="speaker" defaultValue={speaker ?? ""}>
            <option value="">Everyone</option>
            {filters.speakers.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Rating
          <select name="rating" defaultValue={rating ?? ""}>
            <option value="">Any rating</option>
            {filters.ratings.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      <p className="muted">
        {list.total} fact-check{list.total === 1 ? "" : "s"} ·{" "}
        <a href="/checks/feed.xml">Atom feed</a> · <a href="/checks/feed.json">JSON Feed</a>
      </p>
      <ol className="check-list">
        {list.items.map((c) => (
          <li key={c.slug}>
            <RatingBadge rating={c.rating} />{" "}
            <span className="muted">
              {c.speaker.name} · {c.outlet}
            </span>
            <h2>
              <Link href={`/checks/${c.slug}`}>{c.canonicalText}</Link>
            </h2>
            <p>{c.conclusion}</p>
            <p className="muted">
              Published <DateText value={c.firstPublishedAt} />
            </p>
          </li>
        ))}
      </ol>
      {list.total === 0 && <p>No fact-checks match these filters.</p>}
      <nav className="pager" aria-label="Pages">
        {list.page > 1 && (
          <Link href={pageHref({ speaker, rating }, list.page - 1)} rel="prev">
            ← Newer
          </Link>
        )}
        <span>
          Page {list.page} of {list.pageCount}
        </span>
        {list.page < list.pageCount && (
          <Link href={pageHref({ speaker, rating }, list.page + 1)} rel="next">
            Older →
          </Link>
        )}
      </nav>
    </>
  );
}
