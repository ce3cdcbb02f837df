import Link from "next/link";
import { scriptLanguage } from "@/lib/import/script-language";
import { Suspense } from "react";
import { QueueStatusCounts } from "@/components/queue/queue-status-counts";
import { queueHref } from "@/components/queue/queue-href";
import { notFound } from "next/navigation";
import { QueueFilters } from "@/components/queue/queue-filters";
import { QueueLiveRefresh } from "@/components/queue/queue-live-refresh";
import { QueueTable, type QueueTableRow } from "@/components/queue/queue-table";
import { formatAge, formatDate } from "@/components/queue/format-age";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { queueFilterSchema } from "@/lib/claims/claim.schema";
import { listAssignees } from "@/lib/claims/list-assignees";
import { listQueue } from "@/lib/claims/list-queue";
import { claimCapabilities } from "@/lib/claims/claim-capabilities";
import { listQueueFacets } from "@/lib/claims/list-queue-facets";
import { claimStateLabel } from "@/lib/verdicts/review-state";

export const metadata = { title: "Queue" };

type Params = Record<string, string | string[] | undefined>;

function first(params: Params): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([k, v]) => {
      const value = Array.isArray(v) ? v[0] : v;
      return value ? [[k, value]] : [];
    }),
  );
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "desk:read")) notFound();
  const params = first(await searchParams);
  const filter = queueFilterSchema.parse(params);
  const [page, facets, assignees] = await Promise.all([
    listQueue({ user, filter }),
    listQueueFacets(),
    listAssignees(),
  ]);
  const now = new Date();
  const rows: QueueTableRow[] = page.rows.map((r) => {
    const caps = claimCapabilities(user, r);
    return {
      id: r.id,
      status: r.status,
      statusLabel: claimStateLabel(r),
      quote: r.quote,
      canonicalText: r.canonicalText,
      // Told by the script: the queue's query stays as it is (it is benchmarked).
      lang: scriptLanguage(r.quote),
      speakerName: r.speakerName,
      outlet: r.outlet,
      published: formatDate(r.publishedAt),
      kind: r.kind.toLowerCase(),
      score: r.score.toFixed(2),
      assigneeId: r.assigneeId,
      assigneeName: r.assigneeName,
      age: formatAge(r.createdAt, now),
      may: {
        take: caps.moves.includes("take"),
        release: caps.moves.includes("release"),
        assign: caps.assign,
      },
    };
  });
  return (
    <>
      <div className="page-head">
        <h1>Queue</h1>
        <QueueLiveRefresh />
      </div>
      <Suspense fallback={<p className="status-counts muted">Counting…</p>}>
        <QueueStatusCounts user={user} filter={filter} params={params} />
      </Suspense>
      <QueueFilters
        filter={filter}
        speakers={facets.speakers}
        outlets={facets.outlets}
        assignees={assignees}
      />
      <QueueTable
        rows={rows}
        canTake={can(user.role, "claim:take")}
        assignees={assignees}
        empty={
          Object.keys(params).some((k) => k !== "sort" && k !== "after") ? (
            <>
              No claims match these filters: <Link href="/queue">clear the filters</Link> or widen
              them.
            </>
          ) : (
            <>
              The queue is empty: <Link href="/import">import an article</Link> to find claims, or{" "}
              <Link href="/claims/new">add one</Link> said elsewhere.
            </>
          )
        }
      />
      <p className="pager">
        {filter.after && <Link href={queueHref(params, { after: undefined })}>First page</Link>}{" "}
        {page.nextCursor && (
          <Link href={queueHref(params, { after: page.nextCursor })} rel="next">
            Next page →
          </Link>
        )}
      </p>
    </>
  );
}
