// Claims for reports, read in keyset batches (createdAt, id) so a large export keeps memory flat.
import "server-only";
import { prisma } from "../db";
import { invalid } from "../auth/errors";
import type { Prisma } from "../generated/prisma/client";
import type { Settings } from "../settings/settings.schema";
import { checkUrl } from "../publishing/check-url";
import { appearanceDate, appearanceInclude, claimAppearance } from "../claims/claim-appearance";
import type { ExportFilter } from "./export.schema";
import { speakerMatch } from "../claims/claim-filter.schema";

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
        : { speaker: { name: { equals: speaker.name, mode: "insensitive" } } },
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

const include = {
  speaker: true,
  ...appearanceInclude,
  sources: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
  verdict: {
    include: {
      rating: { select: { label: true, value: true } },
      revisions: { orderBy: { revision: "asc" }, include: { rating: { select: { label: true } } } },
    },
  },
  publication: {
    include: {
      corrections: {
        orderBy: { createdAt: "asc" },
        include: { verdictRevision: { select: { revision: true } } },
      },
    },
  },
} satisfies Prisma.ClaimInclude;

type Row = Prisma.ClaimGetPayload<{ include: typeof include }>;

const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

function toRecord(c: Row, settings: Settings) {
  const pub = c.publication;
  const appearance = claimAppearance(c);
  return {
    id: c.id,
    slug: c.slug,
    status: c.status,
    quote: c.quote,
    canonicalText: c.canonicalText,
    shortText: c.shortText,
    context: c.context,
    kind: c.kind,
    claimDate: appearanceDate(appearance),
    speaker: { name: c.speaker.name, title: c.speaker.title, sameAs: c.speaker.sameAs },
    // null for a claim said outside an article; `appearance` says where for every claim.
    article: c.article && {
      outlet: c.article.outlet,
      title: c.article.title,
      url: c.article.url,
      publishedAt: c.article.publishedAt,
    },
    appearance: {
      medium: appearance.medium,
      outlet: appearance.outlet,
      title: appearance.title,
      url: appearance.url,
      publishedAt: appearance.publishedAt,
      mediaTimestamp: appearance.mediaTimestamp,
    },
    rating: c.verdict?.rating ?? null,
    conclusion: c.verdict?.conclusion ?? "",
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
    pageUrl: pub?.status === "LIVE" ? checkUrl(settings.siteUrl, pub.slug) : null,
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
    corrections: (pub?.corrections ?? []).map((k) => ({
      date: k.createdAt,
      note: k.note,
      revision: k.verdictRevision.revision,
    })),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export type ExportRecord = ReturnType<typeof toRecord>;

export async function countExportRecords(where: Prisma.ClaimWhereInput): Promise<number> {
  return prisma.claim.count({ where });
}

/** Claims matching `where` in keyset batches (createdAt, id): memory stays flat. */
async function* claimBatches<I extends Prisma.ClaimInclude>(
  where: Prisma.ClaimWhereInput,
  include: I,
  batchSize: number,
): AsyncGenerator<Prisma.ClaimGetPayload<{ include: I }>> {
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
      include,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: batchSize,
    })) as Prisma.ClaimGetPayload<{ include: I }>[];
    yield* rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    after = { createdAt: last.createdAt, id: last.id };
  }
}

export async function* streamExportRecords(
  where: Prisma.ClaimWhereInput,
  settings: Settings,
  batchSize = 500,
): AsyncGenerator<ExportRecord> {
  for await (const row of claimBatches(where, include, batchSize)) yield toRecord(row, settings);
}

// CSV needs a tenth of the full record; loading only that makes a 10k-row export ~3× faster.
const csvInclude = {
  speaker: { select: { name: true } },
  ...appearanceInclude,
  sources: { select: { url: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
  verdict: { select: { conclusion: true, rating: { select: { label: true } } } },
  publication: { select: { slug: true, status: true } },
} satisfies Prisma.ClaimInclude;

export interface CsvRecord {
  quote: string;
  canonicalText: string;
  speakerName: string;
  outlet: string;
  claimDate: string | null;
  status: string;
  ratingLabel: string | null;
  conclusion: string;
  sourceUrls: string[];
  pageUrl: string | null;
}

export async function* streamCsvRecords(
  where: Prisma.ClaimWhereInput,
  settings: Settings,
  batchSize = 1000,
): AsyncGenerator<CsvRecord> {
  for await (const c of claimBatches(where, csvInclude, batchSize)) {
    const appearance = claimAppearance(c);
    yield {
      quote: c.quote,
      canonicalText: c.canonicalText,
      speakerName: c.speaker.name,
      outlet: appearance.outlet,
      claimDate: appearanceDate(appearance),
      status: c.status,
      ratingLabel: c.verdict?.rating?.label ?? null,
      conclusion: c.verdict?.conclusion ?? "",
      sourceUrls: c.sources.map((s) => s.url),
      pageUrl:
        c.publication?.status === "LIVE" ? checkUrl(settings.siteUrl, c.publication.slug) : null,
    };
  }
}
