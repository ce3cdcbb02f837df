// Writes one article with its detected claims: speaker, article, claims (with repeats linked)
// and the audit row in one transaction, so a failure half-way leaves nothing behind.
// postgres.js rather than Prisma: a bulk import writes thousands of rows, and one multi-row
// insert per article costs a fraction of the ORM's per-query overhead (see bench/import.ts).
import { claimEventData } from "../webhooks/webhook-events";
import { writeWebhookEvents } from "../webhooks/write-webhook-events";
import "server-only";
import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { sql } from "../db";
import { ActionError } from "../auth/errors";
import type { ClaimKind, ClaimStatus } from "../generated/prisma/enums";
import { DEFAULT_THRESHOLD, type DetectedClaim } from "./detect/detect-claims";
import { articleContentHash } from "./content-hash";
import { claimShortText, claimSlug } from "./claim-text";
import { findRepeatRoots } from "./repeats/find-repeats";
import { postgresRunner, upsertSpeaker, type SpeakerFields } from "./upsert-speaker";
import { publishedDateFields } from "./published-date";
import { announceClaimChanges } from "../claims/claim-change-feed";

export interface ArticleFields {
  outlet: string;
  title: string;
  url?: string | null;
  /** "2023", "2023-10" or "2023-10-07". */
  published?: string | null;
  language?: string;
  note?: string | null;
}

/** queue: candidates go straight to the review queue (CLI, seeds); triage: an editor sorts them first. */
export type ImportMode = "queue" | "triage";

export interface ImportArticleOptions {
  text: string;
  article: ArticleFields;
  speaker: SpeakerFields;
  candidates: DetectedClaim[];
  importedById: string | null;
  mode: ImportMode;
  threshold?: number;
}

export interface ImportedArticle {
  articleId: string;
  speakerId: string;
  claimIds: string[];
  repeatsLinked: number;
}

export class ArticleAlreadyImportedError extends ActionError {
  constructor(
    readonly articleId: string,
    title: string,
  ) {
    super("CONFLICT", `"${title}" was already imported (article ${articleId})`);
  }
}

// One INSERT may bind at most 65,535 parameters (about 3,800 claim rows); a 10 MB article of
// quotes has more, so claims go in batches, still in the one transaction.
const CLAIM_ROWS_PER_INSERT = 1000;

const STATUS_FOR: Record<ImportMode, ClaimStatus> = { queue: "QUEUED", triage: "CANDIDATE" };

/** A detected sentence as the columns of its claim row (with a new id and slug). */
export function detectedClaimFields(c: DetectedClaim) {
  const id = randomUUID();
  return {
    id,
    slug: claimSlug(c.claim, id),
    quote: c.quote,
    startOffset: c.start,
    endOffset: c.end,
    context: c.context ?? null,
    attribution: c.attribution,
    canonicalText: c.claim,
    shortText: claimShortText(c.claim),
    kind: c.kind.toUpperCase() as ClaimKind,
    score: c.score,
    reasons: c.reasons,
  };
}

async function findImported(tx: postgres.Sql | postgres.TransactionSql, contentHash: string) {
  const [existing] = await tx<{ id: string; title: string }[]>`
    select id::text, title from articles where "contentHash" = ${contentHash}`;
  return existing ?? null;
}

export async function importArticle(options: ImportArticleOptions): Promise<ImportedArticle> {
  const { text, article, candidates, mode } = options;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const kept = candidates.filter((c) => c.score >= threshold);
  const contentHash = articleContentHash(text);
  const dates = publishedDateFields(article.published);
  try {
    const imported = await sql.begin(async (tx) => {
      const existing = await findImported(tx, contentHash);
      if (existing) throw new ArticleAlreadyImportedError(existing.id, existing.title);
      const speaker = await upsertSpeaker(postgresRunner(tx), options.speaker);
      const articleId = randomUUID();
      await tx`
        insert into articles (id, outlet, title, url, "publishedAt", "publishedText", language, note, text,
                              "contentHash", "speakerId", "importedById")
        values (${articleId}::uuid, ${article.outlet}, ${article.title}, ${article.url || null}, ${dates.publishedAt},
                ${dates.publishedText}, ${article.language ?? "en"}, ${article.note || null}, ${text},
                ${contentHash}, ${speaker.id}::uuid, ${options.importedById}::uuid)`;
      const roots = await findRepeatRoots(
        tx,
        speaker.id,
        kept.map((c) => c.claim),
      );
      const now = new Date();
      const rows = kept.map((c, i) => {
        const fields = detectedClaimFields(c);
        return {
          ...fields,
          articleId,
          speakerId: speaker.id,
          reasons: tx.array(fields.reasons),
          status: STATUS_FOR[mode],
          repeatOfId: roots[i] ?? null,
          updatedAt: now,
        };
      });
      for (let i = 0; i < rows.length; i += CLAIM_ROWS_PER_INSERT) {
        await tx`insert into claims ${tx(rows.slice(i, i + CLAIM_ROWS_PER_INSERT))}`;
      }
      const repeatsLinked = roots.filter(Boolean).length;
      const after = {
        title: article.title,
        outlet: article.outlet,
        speaker: speaker.name,
        mode,
        claims: rows.length,
        repeatsLinked,
        contentHash,
      };
      await tx`
        insert into audit_log ("actorId", action, "entityType", "entityId", after)
        values (${options.importedById}::uuid, 'article.import', 'article', ${articleId}, ${tx.json(after)})`;
      if (STATUS_FOR[mode] === "QUEUED") {
        await writeWebhookEvents(
          tx,
          rows.map((r) => ({
            type: "claim.queued" as const,
            data: claimEventData({ ...r, version: 1 }),
          })),
        );
      }
      return { articleId, speakerId: speaker.id, claimIds: rows.map((r) => r.id), repeatsLinked };
    });
    const status = STATUS_FOR[mode];
    announceClaimChanges(
      imported.claimIds.map((id) => ({ id, status, version: 1, assigneeId: null })),
      "INSERT",
    );
    return imported;
  } catch (err) {
    // Two imports of one file at once: the loser hits the unique index, not the check above.
    if ((err as { code?: string }).code === "23505") {
      const existing = await findImported(sql, contentHash);
      if (existing) throw new ArticleAlreadyImportedError(existing.id, existing.title);
    }
    throw err;
  }
}
