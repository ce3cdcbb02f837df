// Claims per status for the queue's current filter. A filter that matches few claims is counted
// exactly, in one grouped query. When the planner expects more than ESTIMATE_ABOVE matches (a
// broad search in a big queue), a status the planner expects to be large shows its estimate
// ("≈ 8,600") instead of being scanned, and only the small ones are counted; so the counts cost
// a few query plans, not a pass over every match. The page streams them in after its rows.
import "server-only";
import type postgres from "postgres";
import { sql } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { ClaimStatus } from "../generated/prisma/enums";
import type { QueueFilter } from "./claim.schema";
import { canSeeStatus } from "./claim-scope";
import { articleJoin, queueConditions } from "./queue-conditions";

export const ESTIMATE_ABOVE = 5000;

export interface QueueCounts {
  byStatus: Partial<Record<ClaimStatus, number>>;
  /** Statuses whose number is the planner's estimate, not a count. */
  estimated: ClaimStatus[];
}

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** How many rows the planner expects `query` to return. */
async function plannedRows(query: Fragment): Promise<number> {
  const [row] = await sql<
    { "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]
  >`explain (format json) ${query}`;
  return row!["QUERY PLAN"][0].Plan["Plan Rows"];
}

export async function countQueue({
  user,
  filter,
}: {
  user: CurrentUser;
  filter: QueueFilter;
}): Promise<QueueCounts> {
  const { common, and, needsArticle } = queueConditions(user, filter);
  const from = sql`from claims c ${needsArticle ? articleJoin() : sql``} where ${and(common)}`;
  const exact = async (status?: ClaimStatus) => {
    const rows = await sql<{ status: ClaimStatus; n: number }[]>`
      select c.status, count(*)::int as n ${from} ${status ? sql`and c.status = ${status}::"ClaimStatus"` : sql``} group by c.status`;
    return rows;
  };
  if ((await plannedRows(sql`select 1 ${from}`)) <= ESTIMATE_ABOVE) {
    const rows = await exact();
    return { byStatus: Object.fromEntries(rows.map((r) => [r.status, r.n])), estimated: [] };
  }
  const statuses = Object.values(ClaimStatus).filter((s) => canSeeStatus(user, s));
  const planned = await Promise.all(
    statuses.map((s) => plannedRows(sql`select 1 ${from} and c.status = ${s}::"ClaimStatus"`)),
  );
  const byStatus: QueueCounts["byStatus"] = {};
  const estimated: ClaimStatus[] = [];
  await Promise.all(
    statuses.map(async (status, i) => {
      if (planned[i]! > ESTIMATE_ABOVE / 5) {
        byStatus[status] = Math.round(planned[i]!);
        estimated.push(status);
        return;
      }
      const [row] = await exact(status);
      if (row && row.n > 0) byStatus[status] = row.n;
    }),
  );
  return { byStatus, estimated: statuses.filter((s) => estimated.includes(s)) };
}
