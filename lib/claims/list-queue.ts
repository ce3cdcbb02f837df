// The queue: filters, full-text search and keyset pagination in one SQL statement (no OFFSET, so
// page 200 costs what page 1 costs). Raw SQL because websearch_to_tsquery and row-value keysets
// are awkward in Prisma.
import "server-only";
import { sql } from "../db";
import type { CurrentUser } from "../auth/current-user";
import type { ClaimKind, ClaimStatus, ReviewDecision } from "../generated/prisma/enums";
import type { QueueFilter } from "./claim.schema";
import { articleJoin, outletOf, saidOnOf, queueConditions } from "./queue-conditions";

export const QUEUE_PAGE_SIZE = 50;

export interface QueueRow {
  id: string;
  slug: string;
  status: ClaimStatus;
  kind: ClaimKind;
  score: number;
  quote: string;
  canonicalText: string;
  version: number;
  createdAt: Date;
  speakerId: string;
  speakerName: string;
  outlet: string;
  publishedAt: Date | null;
  assigneeId: string | null;
  assigneeName: string | null;
  /** For "Changes requested" (lib/verdicts/review-state.ts). */
  verdictRevision: number | null;
  latestReview: { decision: ReviewDecision; revision: number } | null;
}

export interface QueuePage {
  rows: QueueRow[];
  nextCursor: string | null;
}

type Cursor = [number | string, string];

export function encodeCursor(value: number | Date, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([v, id])).toString("base64url");
}

function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      /^[0-9a-f-]{36}$/i.test(String(parsed[1]))
    ) {
      return parsed as Cursor;
    }
  } catch {
    // A mangled cursor starts from the first page.
  }
  return null;
}

export async function listQueue({
  user,
  filter,
}: {
  user: CurrentUser;
  filter: QueueFilter;
}): Promise<QueuePage> {
  const { common, status, and } = queueConditions(user, filter);
  const page = status ? [...common, status] : [...common];
  const cursor = decodeCursor(filter.after);
  const order =
    filter.sort === "newest"
      ? sql`c."createdAt" desc, c.id`
      : filter.sort === "oldest"
        ? sql`c."createdAt", c.id`
        : sql`c.score desc, c.id`;
  if (cursor) {
    const [v, id] = cursor;
    if (filter.sort === "newest")
      page.push(
        sql`(c."createdAt" < ${String(v)}::timestamptz or (c."createdAt" = ${String(v)}::timestamptz and c.id > ${id}::uuid))`,
      );
    else if (filter.sort === "oldest")
      page.push(sql`(c."createdAt", c.id) > (${String(v)}::timestamptz, ${id}::uuid)`);
    else
      page.push(sql`(c.score < ${Number(v)} or (c.score = ${Number(v)} and c.id > ${id}::uuid))`);
  }

  // The page first (its plan stops after the page's index entries), then each shown claim's
  // verdict and latest review for "Changes requested": joined before the limit, they cost a
  // lookup per candidate row at 100k claims.
  const rows = await sql<QueueRow[]>`
      select c.*, v.revision as "verdictRevision",
             case when lr.decision is null then null
                  else json_build_object('decision', lr.decision, 'revision', lr.revision) end as "latestReview"
        from (
          select c.id, c.slug, c.status, c.kind, c.score, c.quote, c."canonicalText", c.version, c."createdAt",
                 c."speakerId", s.name as "speakerName", ${outletOf()} as outlet, ${saidOnOf()} as "publishedAt",
                 c."assigneeId", u.name as "assigneeName"
            from claims c
            ${articleJoin()}
            join speakers s on s.id = c."speakerId"
            left join users u on u.id = c."assigneeId"
           where ${and(page)}
           order by ${order}
           limit ${QUEUE_PAGE_SIZE + 1}
        ) c
        left join verdicts v on v."claimId" = c.id
        left join lateral (
          select r.decision, r.revision from reviews r
           where r."verdictId" = v.id
           order by r."createdAt" desc limit 1
        ) lr on true
       order by ${order}`;
  const hasMore = rows.length > QUEUE_PAGE_SIZE;
  const shown = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = shown.at(-1);
  const nextCursor =
    hasMore && last
      ? encodeCursor(filter.sort === "score" ? last.score : last.createdAt, last.id)
      : null;
  return { rows: shown, nextCursor };
}
