import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { QueueFilter } from "@/lib/claims/claim.schema";
import { QUEUE_COUNT_CAP, countQueue } from "@/lib/claims/count-queue";
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/workflow/claim-workflow";
import { queueHref } from "./queue-href";

const formatCount = (n: number) => (n > QUEUE_COUNT_CAP ? `${QUEUE_COUNT_CAP}+` : String(n));

/** Streams in after the rows (see count-queue.ts). */
export async function QueueStatusCounts({ user, filter, params }: { user: CurrentUser; filter: QueueFilter; params: Record<string, string> }) {
  const counts = await countQueue({ user, filter });
  const counted = Object.values(counts);
  const total = counted.reduce((a, b) => a + Math.min(b, QUEUE_COUNT_CAP), 0);
  const anyCapped = counted.some((n) => n > QUEUE_COUNT_CAP);
  const statuses = Object.values(ClaimStatus).filter((s) => counts[s] !== undefined || s === filter.status);
  return (
    <nav className="status-counts" aria-label="Claims per status">
      <Link href={queueHref(params, { status: undefined, after: undefined })} aria-current={!filter.status ? "true" : undefined}>
        All <span className="badge">{anyCapped ? `${total}+` : total}</span>
      </Link>
      {statuses.map((s) => (
        <Link key={s} href={queueHref(params, { status: s, after: undefined })} aria-current={filter.status === s ? "true" : undefined} data-testid={`count-${s}`}>
          {statusLabel(s)} <span className="badge">{formatCount(counts[s] ?? 0)}</span>
        </Link>
      ))}
    </nav>
  );
}
