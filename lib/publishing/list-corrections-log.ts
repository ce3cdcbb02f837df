// The public corrections log: every correction of a published verdict and every withdrawal,
// newest first. Withdrawals come from the audit log, because republishing clears the
// publication's withdrawal fields but a reader is owed the record.
import "server-only";
import { sql } from "../db";

export interface CorrectionsLogEntry {
  kind: "correction" | "withdrawal";
  at: Date;
  slug: string;
  claimText: string;
  /** The public correction note, or the reason given for the withdrawal. */
  note: string;
  /** The verdict revision a correction put live. */
  revision: number | null;
  /** Whether the fact-check is live now (a withdrawn one answers 410 with its reason). */
  live: boolean;
}

export interface ListCorrectionsLogOptions {
  page?: number;
  pageSize?: number;
}

export async function listCorrectionsLog({
  page = 1,
  pageSize = 50,
}: ListCorrectionsLogOptions = {}) {
  const [{ total }] = await sql<{ total: number }[]>`
    select (select count(*) from corrections)::int
         + (select count(*) from audit_log where action = 'claim.unpublish' and "entityType" = 'claim')::int as total`;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const entries = await sql<CorrectionsLogEntry[]>`
    select * from (
      select 'correction' as kind, c."createdAt" as at, p.slug, cl."canonicalText" as "claimText", c.note,
             vr.revision, p.status = 'LIVE' as live
        from corrections c
        join publications p on p.id = c."publicationId"
        join claims cl on cl.id = p."claimId"
        join verdict_revisions vr on vr.id = c."verdictRevisionId"
      union all
      select 'withdrawal', a."createdAt", p.slug, cl."canonicalText", coalesce(a.after ->> 'reason', ''),
             null, p.status = 'LIVE'
        from audit_log a
        join claims cl on cl.id = a."entityId"::uuid
        join publications p on p."claimId" = cl.id
       where a.action = 'claim.unpublish' and a."entityType" = 'claim'
    ) log
    order by at desc, slug
    limit ${pageSize} offset ${(current - 1) * pageSize}`;
  return { entries: [...entries], total, page: current, pageCount };
}
