import { formatDayText } from "@/lib/dates/format-date";
import type { SourceSnapshot } from "@/lib/publishing/source-snapshot";

export function SourcesList({ sources }: { sources: SourceSnapshot[] }) {
  if (sources.length === 0) return <p className="muted">No sources listed.</p>;
  return (
    <ol className="sources">
      {sources.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same URL may be cited twice; a snapshot never reorders
        <li key={`${s.url}-${i}`}>
          {/^https?:\/\//i.test(s.url) ? (
            <a href={s.url} rel="nofollow noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.publisher ? `, ${s.publisher}` : ""}
          {s.publishedAt ? ` (${formatDayText(s.publishedAt)})` : ""}
          {s.isPrimary ? <span className="muted"> — primary source</span> : null}
        </li>
      ))}
    </ol>
  );
}
