// Claims per status for the queue's current filter. Counting every match of a broad search in
// a big queue is a scan, so each status stops one past the cap ("1000+"), and the queue page
// streams these in after its rows.
import { sql } from "../db";
import type { CurrentUser } from "../auth/current-user";
import type { ClaimStatus } from "../generated/prisma/enums";
import type { QueueFilter } from "./claim.schema";
import { queueConditions } from "./queue-conditions";

export const QUEUE_COUNT_CAP = 1000;

export type QueueCounts = Partial<Record<ClaimStatus, number>>;

export async function countQueue({ user, filter }: { user: CurrentUser; filter: QueueFilter }): Promise<QueueCounts> {
  const { common, and, needsArticle } = queueConditions(user, filter);
  const rows = await sql<{ status: ClaimStatus; n: number }[]>`
    select st.status, (
      select count(*)::int from (
        select 1 from claims c ${needsArticle ? sql`join articles a on a.id = c."articleId"` : sql``}
         where c.status = st.status and ${and(common)}
         limit ${QUEUE_COUNT_CAP + 1}) capped) as n
      from unnest(enum_range(null::"ClaimStatus")) as st(status)`;
  return Object.fromEntries(rows.filter((r) => r.n > 0).map((r) => [r.status, r.n]));
}
