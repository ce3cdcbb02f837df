// Claims for reports, read in keyset batches (createdAt, id) so a large export keeps memory flat.
import "server-only";
import { prisma } from "../db";
import { invalid } from "../auth/errors";
import type { Prisma } from "../generated/prisma/client";
import type { Settings } from "../settings/settings.schema";
import { checkUrl } from "../publishing/check-url";
import { appearanceDate, appearanceSelect, claimAppearance } from "../claims/claim-appearance";
import { claimQuoteSelect, presentClaimQuote, quoteLine } from "../claims/quote-type";
import { statusLabel } from "../workflow/claim-workflow";
import { formatDate } from "../dates/format-date";
import type { ExportFilter } from "./export.schema";
import { speakerMatch } from "../claims/claim-filter.schema";
import { normalizeSpeakerName } from "../import/speaker-name";

const DAY_MS = 86_400_000;

/**
 * The claim filters (lib/claims/claim-filter.schema.ts) as a Prisma filter for an export; an
 * unknown rating label is the user's mistake, so say so.
 */
export async function exportWhere(filter: ExportFilter): Promise<Prisma.ClaimWhereInput> {
  const and: Prisma.ClaimWhereInput[] = [];
  if (filter.from || filter.to) {
    const from = filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined;
    const toExclusive = filter.to
      ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS)
      : undefined;
    const range = { ...(from ? { gte: from } : {}), ...(toExclusive ? { lt: toExclusive } : {}) };
    // The claim's date is its article's (or, without one, the day it was said); undated falls
    // back to when we recorded it.
    and.push({
      OR: [
        { article: { publishedAt: range } },
        { article: { publishedAt: null }, createdAt: range },
        { articleId: null, saidOn: range },
        { articleId: null, saidOn: null, createdAt: range },
      ],
    });
  }
  if (filter.speaker) {
    const speaker = speakerMatch(filter.speaker);
    and.push(
      "id" in speaker
        ? { speakerId: speaker.id }
        : // Any of the speaker's names, in either script ("Анатолий Викторов" finds him too).
          {
            speaker: {
              OR: [
                { name: { equals: speaker.name, mode: "insensitive" } },
                { names: { some: { normalized: normalizeSpeakerName(speaker.name) } } },
              ],
            },
          },
    );
  }
  if (filter.status) and.push({ status: filter.status });
  if (filter.rating) {
    const rating = await prisma.rating.findFirst({
      where: { label: { equals: filter.rating, mode: "insensitive" } },
    });
    if (!rating) {
      const known = (await prisma.rating.findMany({ orderBy: { position: "asc" } })).map(
        (r) => r.label,
      );
      throw invalid(`Unknown rating “${filter.rating}”. Use one of: ${known.join(", ")}.`, {
        rating: ["Unknown rating"],
      });
    }
    and.push({ verdict: { ratingId: rating.id } });
  }
  return { AND: and };
}

/** What every export row needs, whatever the format (CSV selects no more than this). */
const coreSelect = {
  id: true,
  slug: true,
  status: true,
  canonicalText: true,
  createdAt: true,
  ...claimQuoteSelect,
  ...appearanceSelect,
  article: { select: { ...appearanceSelect.article.select, text: true } },
  speaker: { select: { name: true, title: true, sameAs: true } },
  sources: {
    select: { url: true, title: true, publisher: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  },
  verdict: {
    select: {
      id: true,
      conclusion: true,
      rating: { select: { label: true, value: true } },
      author: { select: { name: true } },
      reviews: {
        where: { decision: "APPROVE" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true, reviewer: { select: { name: true } } },
      },
    },
  },
  publication: {
    select: {
      slug: true,
      status: true,
      firstPublishedAt: true,
      _count: { select: { corrections: true } },
    },
  },
} satisfies Prisma.ClaimSelect;

type CoreRow = Prisma.ClaimGetPayload<{ select: typeof coreSelect }>;

/** The columns every format shares: one reading of quote, people, dates and links. */
function coreFields(c: CoreRow, settings: Settings) {
  const appearance = claimAppearance(c);
  const quote = presentClaimQuote(c);
  const approval = c.verdict?.reviews[0] ?? null;
  const pub = c.publication;
  return {
    id: c.id,
    slug: c.slug,
    status: c.status,
    statusLabel: statusLabel(c.status),
    canonicalText: c.canonicalText,
    /** The span exactly as recorded in the article (or as entered). */
    quote: c.quote,
    quoteType: quote.quoteType,
    /** What readers see: the speaker's words in marks, or "Reported by <outlet>: …". */
    quoteShown: quoteLine(quote, appearance.outlet),
    /** The speaker's own words, when the span holds them; null for reported speech. */
    speakerWords: quote.quotation ? quote.text : null,
    speakerName: c.speaker.name,
    appearance,
    claimDate: appearanceDate(appearance),
    /** The same date for people to read ("15 February 2026"). */
    claimDateText: appearance.publishedAt
      ? formatDate(appearance.publishedAt)
      : appearance.publishedText,
    rating: c.verdict?.rating ?? null,
    conclusion: c.verdict?.conclusion ?? "",
    editor: c.verdict?.author.name ?? null,
    reviewer: approval?.reviewer.name ?? null,
    approvedAt: approval?.createdAt ?? null,
    publishedAt: pub?.firstPublishedAt ?? null,
    pageUrl: pub?.status === "LIVE" ? checkUrl(settings.siteUrl, pub.slug) : null,
    correctionCount: pub?._count.corrections ?? 0,
    sourceList: c.sources.map(sourceLine),
  };
}

export function sourceLine(s: { url: string; title: string; publisher: string | null }): string {
  return [s.title, s.publisher, s.url].filter(Boolean).join(" — ");
}

const include = {
  ...coreSelect,
  shortText: true,
  context: true,
  kind: true,
  updatedAt: true,
  speaker: true,
  sources: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
  verdict: {
    include: {
      rating: { select: { label: true, value: true } },
      author: { select: { name: true } },
      reviews: {
        orderBy: { createdAt: "asc" },
        include: { reviewer: { select: { name: true } } },
      },
      revisions: { orderBy: { revision: "asc" }, include: { rating: { select: { label: true } } } },
    },
  },
  publication: {
    include: {
      _count: { select: { corrections: true } },
      corrections: {
        orderBy: { createdAt: "asc" },
        include: { verdictRevision: { select: { revision: true } } },
      },
    },
  },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof include }>;

const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

function toRecord(c: Row, settings: Settings, history: HistoryEntry[]) {
  const pub = c.publication;
  const approvals = (c.verdict?.reviews ?? []).filter((r) => r.decision === "APPROVE");
  const core = coreFields(
    {
      ...c,
      verdict: c.verdict && { ...c.verdict, reviews: approvals.slice(-1) },
    },
    settings,
  );
  const { appearance, sourceList: _sources, speakerName: _speaker, ...shared } = core;
  return {
    ...shared,
    shortText: c.shortText,
    context: c.context,
    kind: c.kind,
    speaker: { name: c.speaker.name, title: c.speaker.title, sameAs: c.speaker.sameAs },
    // null for a claim said outside an article; `appearance` says where for every claim.
    article: c.article && {
      outlet: c.article.outlet,
      title: c.article.title,
      url: c.article.url,
      publishedAt: c.article.publishedAt,
      language: c.article.language,
    },
    appearance: {
      medium: appearance.medium,
      outlet: appearance.outlet,
      title: appearance.title,
      url: appearance.url,
      publishedAt: appearance.publishedAt,
      mediaTimestamp: appearance.mediaTimestamp,
      language: appearance.language,
    },
    analysis: c.verdict?.analysis ?? "",
    sources: c.sources.map((s) => ({
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      publishedAt: isoDay(s.publishedAt),
      accessedAt: isoDay(s.accessedAt),
      isPrimary: s.isPrimary,
      excerpt: s.excerpt,
    })),
    publication: pub && {
      status: pub.status,
      slug: pub.slug,
      revision: pub.revision,
      firstPublishedAt: pub.firstPublishedAt,
      updatedAt: pub.updatedAt,
      unpublishedAt: pub.unpublishedAt,
      unpublishedReason: pub.unpublishedReason,
    },
    revisions: (c.verdict?.revisions ?? []).map((r) => ({
      revision: r.revision,
      rating: r.rating?.label ?? null,
      conclusion: r.conclusion,
      createdAt: r.createdAt,
    })),
    reviews: (c.verdict?.reviews ?? []).map((r) => ({
      revision: r.revision,
      decision: r.decision,
      reviewer: r.reviewer.name,
      comment: r.comment,
      createdAt: r.createdAt,
    })),
    corrections: (pub?.corrections ?? []).map((k) => ({
      date: k.createdAt,
      note: k.note,
      revision: k.verdictRevision.revision,
    })),
    history,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

interface HistoryEntry {
  date: Date;
  action: string;
  actor: string;
}

/** The audit trail of a batch of claims and their verdicts, oldest first, by claim id. */
async function historyOf(rows: Row[]): Promise<Map<string, HistoryEntry[]>> {
  const claimOfEntity = new Map<string, string>();
  for (const r of rows) {
    claimOfEntity.set(r.id, r.id);
    if (r.verdict) claimOfEntity.set(r.verdict.id, r.id);
  }
  const audit = await prisma.auditLog.findMany({
    where: {
      entityType: { in: ["claim", "verdict"] },
      entityId: { in: [...claimOfEntity.keys()] },
    },
    select: { action: true, entityId: true, createdAt: true, actor: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  const out = new Map<string, HistoryEntry[]>();
  for (const a of audit) {
    const claimId = claimOfEntity.get(a.entityId)!;
    const list = out.get(claimId) ?? [];
    list.push({ date: a.createdAt, action: a.action, actor: a.actor?.name ?? "System" });
    out.set(claimId, list);
  }
  return out;
}

export type ExportRecord = ReturnType<typeof toRecord>;

export async function countExportRecords(where: Prisma.ClaimWhereInput): Promise<number> {
  return prisma.claim.count({ where });
}

/** Claims matching `where` in keyset batches (createdAt, id): memory stays flat. */
async function* claimBatches<S extends Prisma.ClaimSelect & { id: true; createdAt: true }>(
  where: Prisma.ClaimWhereInput,
  select: S,
  batchSize: number,
): AsyncGenerator<Prisma.ClaimGetPayload<{ select: S }>[]> {
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.ClaimWhereInput = after
      ? {
          OR: [
            { createdAt: { gt: after.createdAt } },
            { createdAt: after.createdAt, id: { gt: after.id } },
          ],
        }
      : {};
    const rows = (await prisma.claim.findMany({
      where: { AND: [where, keyset] },
      select,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: batchSize,
    })) as unknown as (Prisma.ClaimGetPayload<{ select: S }> & { id: string; createdAt: Date })[];
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

export async function* streamExportRecords(
  where: Prisma.ClaimWhereInput,
  settings: Settings,
  batchSize = 500,
): AsyncGenerator<ExportRecord> {
  for await (const rows of claimBatches(where, include, batchSize)) {
    const history = await historyOf(rows);
    for (const row of rows) yield toRecord(row, settings, history.get(row.id) ?? []);
  }
}

export type CsvRecord = ReturnType<typeof coreFields>;

export async function* streamCsvRecords(
  where: Prisma.ClaimWhereInput,
  settings: Settings,
  batchSize = 1000,
): AsyncGenerator<CsvRecord> {
  for await (const rows of claimBatches(where, coreSelect, batchSize))
    for (const c of rows) yield coreFields(c, settings);
}
