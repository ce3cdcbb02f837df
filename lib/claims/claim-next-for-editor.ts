// "Take next": the highest-scoring queued claim that nobody else is taking right now. SKIP LOCKED
// lets many editors press the button at once without waiting on (or getting) the same row.
import { sql } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAuditSql } from "../audit/write-audit-sql";

export interface ClaimNextOptions {
  user: CurrentUser;
}

export interface ClaimedClaim {
  id: string;
  slug: string;
  version: number;
}

/** Returns the claim now assigned to the editor, or null when the queue is empty. */
export async function claimNextForEditor({ user }: ClaimNextOptions): Promise<ClaimedClaim | null> {
  return sql.begin(async (tx) => {
    const [next] = await tx<{ id: string; version: number }[]>`
      select id, version from claims
       where status = 'QUEUED'
       order by score desc, id
       for update skip locked
       limit 1`;
    if (!next) return null;
    const [taken] = await tx<ClaimedClaim[]>`
      update claims
         set status = 'IN_RESEARCH', "assigneeId" = ${user.id}, "assignedAt" = now(),
             version = version + 1, "updatedAt" = now()
       where id = ${next.id}
       returning id, slug, version`;
    await writeAuditSql(tx, {
      actorId: user.id,
      action: "claim.take",
      entityType: "claim",
      entityId: next.id,
      before: { status: "QUEUED", assigneeId: null, version: next.version },
      after: { status: "IN_RESEARCH", assigneeId: user.id, version: taken.version, via: "takeNext" },
    });
    return taken;
  });
}
