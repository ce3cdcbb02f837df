import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { QueueFilter } from "@/lib/claims/claim.schema";
import { countQueue } from "@/lib/claims/count-queue";
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/workflow/claim-workflow";
import { queueHref } from "./queue-href";

/** "≈ 8,600" for an estimate (two significant digits), "137" for a count. */
function formatCount(n: number, estimated: boolean): string {
  if (!estimated) return n.toLocaleString("en");
  const digits = Math.max(0, String(Math.round(n)).length - 2);
  return `≈ ${(Math.round(n / 10 ** digits) * 10 ** digits).toLocaleString("en")}`;
}

/** Streams in after the rows (see count-queue.ts). */
export async function QueueStatusCounts({
  user,
  filter,
  params,
}: {
  user: CurrentUser;
  filter: QueueFilter;
  params: Record<string, string>;
}) {
  const { byStatus, estimated } = await countQueue({ user, filter });
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const statuses = Object.values(ClaimStatus).filter(
    (s) => byStatus[s] !== undefined || s === filter.status,
  );
  return (
    <nav className="status-counts" aria-label="Claims per status">
      <Link
        href={queueHref(params, { status: undefined, after: undefined })}
        aria-current={!filter.status ? "true" : undefined}
      >
        All <span className="badge">{formatCount(total, estimated.length > 0)}</span>
      </Link>
      {statuses.map((s) => (
        <Link
          key={s}
          href={queueHref(params, { status: s, after: undefined })}
          aria-current={filter.status === s ? "true" : undefined}
          data-testid={`count-${s}`}
        >
          {statusLabel(s)}{" "}
          <span className="badge" title={estimated.includes(s) ? "estimated" : undefined}>
            {formatCount(byStatus[s] ?? 0, estimated.includes(s))}
          </span>
        </Link>
      ))}
    </nav>
  );
}
