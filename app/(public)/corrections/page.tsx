import Link from "next/link";
import { DateText } from "@/components/publishing/dates";
import { cachedCorrectionsLog } from "@/lib/publishing/public-cache";
import "@/components/publishing/publishing.css";

export const metadata = { title: "Corrections" };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function CorrectionsLogPage({ searchParams }: Props) {
  const sp = await searchParams;
  const log = await cachedCorrectionsLog({ page: Number(sp.page) || 1, pageSize: 50 });
  return (
    <>
      <h1>Corrections and withdrawals</h1>
      <p>
        When we get something wrong we correct the fact-check and say so on it; when a fact-check
        cannot stand we withdraw it and say why. Every such change is listed here, newest first.{" "}
        <Link href="/methodology">How we work</Link>
      </p>
      {log.entries.length === 0 && <p>No corrections so far.</p>}
      <ol className="check-list" data-testid="corrections-log">
        {log.entries.map((e) => (
          <li key={`${e.kind}-${e.slug}-${String(e.at)}`} data-kind={e.kind}>
            <p className="muted">
              {e.kind === "correction" ? `Corrected (revision ${e.revision})` : "Withdrawn"} on{" "}
              <DateText value={e.at} />
            </p>
            <h2>{e.live ? <Link href={`/checks/${e.slug}`}>{e.claimText}</Link> : e.claimText}</h2>
            <p>{e.note}</p>
          </li>
        ))}
      </ol>
      {log.pageCount > 1 && (
        <nav className="pager" aria-label="Pages">
          {log.page > 1 && (
            <Link href={`/corrections?page=${log.page - 1}`} rel="prev">
              ← Newer
            </Link>
          )}
          <span>
            Page {log.page} of {log.pageCount}
          </span>
          {log.page < log.pageCount && (
            <Link href={`/corrections?page=${log.page + 1}`} rel="next">
              Older →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
