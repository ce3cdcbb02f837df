// The WHERE clause shared by the queue's rows and its counts: the claim filters
// (lib/claims/claim-filter.schema.ts) as SQL, and the visibility rule (claim-scope.ts).
import "server-only";
import type postgres from "postgres";
import { sql } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { claimScopeSql } from "./claim-scope";
import type { QueueFilter } from "./claim.schema";
import { speakerMatch } from "./claim-filter.schema";

type Fragment = postgres.PendingQuery<postgres.Row[]>;

// Where and when a claim was said: its article's, or its own when it has no article
// (lib/claims/claim-appearance.ts says the same for Prisma reads). Both need articleJoin().
export const articleJoin = () => sql`left join articles a on a.id = c."articleId"`;
export const outletOf = () => sql`coalesce(a.outlet, c.outlet)`;
export const saidOnOf = () => sql`coalesce(a."publishedAt", c."saidOn")`;

export function and(parts: Fragment[]) {
  return parts.reduce((acc, part) => sql`${acc} and ${part}`, sql`true`);
}

export function queueConditions(user: CurrentUser, filter: QueueFilter) {
  const common: Fragment[] = claimScopeSql(user);
  if (filter.kind) common.push(sql`c.kind = ${filter.kind}::"ClaimKind"`);
  if (filter.speaker) {
    const speaker = speakerMatch(filter.speaker);
    common.push(
      "id" in speaker
        ? sql`c."speakerId" = ${speaker.id}::uuid`
        : sql`c."speakerId" in (select s.id from speakers s where lower(s.name) = lower(${speaker.name}))`,
    );
  }
  if (filter.outlet) common.push(sql`lower(${outletOf()}) = lower(${filter.outlet})`);
  if (filter.from) common.push(sql`${saidOnOf()} >= ${filter.from}::date`);
  if (filter.to) common.push(sql`${saidOnOf()} <= ${filter.to}::date`);
  if (filter.minScore !== undefined) common.push(sql`c.score >= ${filter.minScore}`);
  if (filter.assignee === "none") common.push(sql`c."assigneeId" is null`);
  else if (filter.assignee)
    common.push(
      sql`c."assigneeId" = ${filter.assignee === "me" ? user.id : filter.assignee}::uuid`,
    );
  if (filter.maxAgeDays !== undefined)
    common.push(sql`c."createdAt" >= now() - make_interval(days => ${filter.maxAgeDays})`);
  if (filter.q) common.push(sql`c."searchVector" @@ websearch_to_tsquery('english', ${filter.q})`);

  // Counts need the article only when filtering on it.
  const needsArticle = Boolean(filter.outlet || filter.from || filter.to);
  // The page's rows are of one status; the counts are per status, so it is kept apart.
  const status = filter.status ? sql`c.status = ${filter.status}::"ClaimStatus"` : null;
  return { common, status, and, needsArticle };
}
