// Writes one article with its detected claims: speaker, article, claims (with repeats linked)
// and the audit row in one transaction, so a failure half-way leaves nothing behind.
import { randomUUID } from "node:crypto";
import { prisma, type Tx } from "../db";
import { ActionError } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import type { ClaimKind, ClaimStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { DEFAULT_THRESHOLD, type DetectedClaim } from "./detect/detect-claims";
import { articleContentHash } from "./content-hash";
import { claimShortText, claimSlug } from "./claim-text";
import { findRepeatRoots } from "./repeats/find-repeats";
import { upsertSpeaker, type SpeakerFields } from "./upsert-speaker";
import { publishedDateFields } from "./published-date";

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
  constructor(readonly articleId: string, title: string) {
    super("CONFLICT", `"${title}" was already imported (article ${articleId})`);
  }
}

const STATUS_FOR: Record<ImportMode, ClaimStatus> = { queue: "QUEUED", triage: "CANDIDATE" };

async function assertNotImported(tx: Tx, contentHash: string): Promise<void> {
  const existing = await tx.article.findUnique({ where: { contentHash }, select: { id: true, title: true } });
  if (existing) throw new ArticleAlreadyImportedError(existing.id, existing.title);
}

export async function importArticle(options: ImportArticleOptions): Promise<ImportedArticle> {
  const { text, article, candidates, mode } = options;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const kept = candidates.filter((c) => c.score >= threshold);
  const contentHash = articleContentHash(text);
  try {
    return await prisma.$transaction(
      async (tx) => {
        await assertNotImported(tx, contentHash);
        const speaker = await upsertSpeaker(tx, options.speaker);
        const created = await tx.article.create({
          data: {
            outlet: article.outlet,
            title: article.title,
            url: article.url || null,
            ...publishedDateFields(article.published),
            language: article.language ?? "en",
            note: article.note || null,
            text,
            contentHash,
            speakerId: speaker.id,
            importedById: options.importedById,
          },
          select: { id: true },
        });
        const roots = await findRepeatRoots(tx, speaker.id, kept.map((c) => c.claim));
        const rows = kept.map((c, i): Prisma.ClaimCreateManyInput => {
          const id = randomUUID();
          return {
            id,
            slug: claimSlug(c.claim, id),
            articleId: created.id,
            speakerId: speaker.id,
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
            status: STATUS_FOR[mode],
            repeatOfId: roots[i],
          };
        });
        if (rows.length > 0) await tx.claim.createMany({ data: rows });
        const repeatsLinked = roots.filter(Boolean).length;
        await writeAudit(tx, {
          actorId: options.importedById,
          action: "article.import",
          entityType: "article",
          entityId: created.id,
          after: { title: article.title, outlet: article.outlet, speaker: speaker.name, mode, claims: rows.length, repeatsLinked, contentHash },
        });
        return { articleId: created.id, speakerId: speaker.id, claimIds: rows.map((r) => r.id!), repeatsLinked };
      },
      { timeout: 30_000 },
    );
  } catch (err) {
    // Two imports of one file at once: the loser hits the unique index, not the check above.
    if ((err as { code?: string }).code === "P2002") {
      const existing = await prisma.article.findUnique({ where: { contentHash }, select: { id: true, title: true } });
      if (existing) throw new ArticleAlreadyImportedError(existing.id, existing.title);
    }
    throw err;
  }
}
