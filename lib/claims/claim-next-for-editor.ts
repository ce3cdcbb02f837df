// "Take next": the highest-scoring queued claim that nobody else is taking right now. SKIP LOCKED
// lets many editors press the button at once without waiting on (or getting) the same row.
// One statement (pick, assign, audit) is one transaction and one round trip, which keeps the
// row lock short when fifty editors press the button together.
import "server-only";
import { sql } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { announceClaimChanges } from "./claim-change-feed";

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
  const [taken] = await sql<ClaimedClaim[]>`
    with next as (
      select id, version from claims
       where status = 'QUEUED'
       order by score desc, id
       for update skip locked
       limit 1
    ), taken as (
      update claims c
         set status = 'IN_RESEARCH', "assigneeId" = ${user.id}::uuid, "assignedAt" = now(),
             version = c.version + 1, "updatedAt" = now()
        from next
       where c.id = next.id
      returning c.id, c.slug, c.version, next.version as "previousVersion"
    ), audit as (
      insert into audit_log ("actorId", action, "entityType", "entityId", before, after)
      select ${user.id}::uuid, 'claim.take', 'claim', taken.id::text,
             jsonb_build_object('status', 'QUEUED', 'assigneeId', null, 'version', taken."previousVersion"),
             jsonb_build_object('status', 'IN_RESEARCH', 'assigneeId', ${user.id}::text, 'version', taken.version, 'via', 'takeNext')
        from taken
    )
    select id, slug, version from taken`;
  if (!taken) return null;
  announceClaimChanges([
    { id: taken.id, status: "IN_RESEARCH", version: taken.version, assigneeId: user.id },
  ]);
  return taken;
}
