import Link from "next/link";
import { notFound } from "next/navigation";
import { QueueFilters } from "@/components/queue/queue-filters";
import { QueueLiveRefresh } from "@/components/queue/queue-live-refresh";
import { QueueTable, type QueueTableRow } from "@/components/queue/queue-table";
import { formatAge, formatDate } from "@/components/queue/format-age";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { queueFilterSchema } from "@/lib/claims/claim.schema";
import { listAssignees } from "@/lib/claims/list-assignees";
import { QUEUE_COUNT_CAP, listQueue } from "@/lib/claims/list-queue";
import { listQueueFacets } from "@/lib/claims/list-queue-facets";
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/workflow/claim-workflow";

export const metadata = { title: "Queue" };

type Params = Record<string, string | string[] | undefined>;

function formatCount(n: number): string {
  return n > QUEUE_COUNT_CAP ? `${QUEUE_COUNT_CAP}+` : String(n);
}

function first(params: Params): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([k, v]) => {
      const value = Array.isArray(v) ? v[0] : v;
      return value ? [[k, value]] : [];
    }),
  );
}

function hrefWith(params: Record<string, string>, change: Record<string, string | undefined>): string {
  const next = new URLSearchParams({ ...params });
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) next.delete(k);
    else next.set(k, v);
  }
  const query = next.toString();
  return query ? `/queue?${query}` : "/queue";
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "desk:read")) notFound();
  const params = first(await searchParams);
  const filter = queueFilterSchema.parse(params);
  const [page, facets, assignees] = await Promise.all([listQueue({ user, filter }), listQueueFacets(), listAssignees()]);
  const now = new Date();
  const rows: QueueTableRow[] = page.rows.map((r) => ({
    id: r.id,
    status: r.status,
    statusLabel: statusLabel(r.status),
    quote: r.quote,
    canonicalText: r.canonicalText,
    speakerName: r.speakerName,
    outlet: r.outlet,
    published: formatDate(r.publishedAt),
    kind: r.kind.toLowerCase(),
    score: r.score.toFixed(2),
    assigneeId: r.assigneeId,
    assigneeName: r.assigneeName,
    age: formatAge(r.createdAt, now),
  }));
  const counted = Object.values(page.counts);
  const total = counted.reduce((a, b) => a + Math.min(b, QUEUE_COUNT_CAP), 0);
  const anyCapped = counted.some((n) => n > QUEUE_COUNT_CAP);
  const statuses = Object.values(ClaimStatus).filter((s) => page.counts[s] !== undefined || s === filter.status);

  return (
    <>
      <div className="page-head">
        <h1>Queue</h1>
        <QueueLiveRefresh />
      </div>
      <nav className="status-counts" aria-label="Claims per status">
        <Link href={hrefWith(params, { status: undefined, after: undefined })} aria-current={!filter.status ? "true" : undefined}>
          All <span className="badge">{anyCapped ? `${total}+` : total}</span>
        </Link>
        {statuses.map((s) => (
          <Link key={s} href={hrefWith(params, { status: s, after: undefined })} aria-current={filter.status === s ? "true" : undefined} data-testid={`count-${s}`}>
            {statusLabel(s)} <span className="badge">{formatCount(page.counts[s] ?? 0)}</span>
          </Link>
        ))}
      </nav>
      <QueueFilters filter={filter} speakers={facets.speakers} outlets={facets.outlets} assignees={assignees} />
      <QueueTable
        rows={rows}
        userId={user.id}
        canTake={can(user.role, "claim:take")}
        canAssign={can(user.role, "claim:assign")}
        assignees={assignees}
      />
      <p className="pager">
        {filter.after && <Link href={hrefWith(params, { after: undefined })}>First page</Link>}{" "}
        {page.nextCursor && <Link href={hrefWith(params, { after: page.nextCursor })} rel="next">Next page →</Link>}
      </p>
    </>
  );
}
