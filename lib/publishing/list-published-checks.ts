// The public index and feeds: live fact-checks, newest first, filtered by speaker and rating.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { appearanceInclude, claimAppearance } from "../claims/claim-appearance";

export interface ListPublishedChecksOptions {
  speaker?: string;
  rating?: string;
  page?: number;
  pageSize?: number;
}

export async function listPublishedChecks({
  speaker,
  rating,
  page = 1,
  pageSize = 20,
}: ListPublishedChecksOptions) {
  // A live verdict's rating is its published revision's: corrections update both together.
  const where: Prisma.PublicationWhereInput = {
    status: "LIVE",
    claim: {
      ...(speaker ? { speaker: { name: speaker } } : {}),
      ...(rating
        ? { verdict: { rating: { label: { equals: rating, mode: "insensitive" } } } }
        : {}),
    },
  };
  const total = await prisma.publication.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await prisma.publication.findMany({
    where,
    orderBy: [{ firstPublishedAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    include: {
      claim: {
        include: {
          speaker: { select: { name: true, title: true } },
          ...appearanceInclude,
          verdict: {
            select: { conclusion: true, rating: { select: { label: true, value: true } } },
          },
        },
      },
    },
  });
  const items = rows.map((p) => {
    const said = claimAppearance(p.claim);
    return {
      slug: p.slug,
      canonicalText: p.claim.canonicalText,
      speaker: p.claim.speaker,
      outlet: said.outlet,
      saidAt: said.publishedAt,
      rating: p.claim.verdict?.rating ?? null,
      conclusion: p.claim.verdict?.conclusion ?? "",
      firstPublishedAt: p.firstPublishedAt,
      updatedAt: p.updatedAt,
    };
  });
  return { items, total, page: current, pageCount };
}

/** The choices for the index filters: speakers with a live check, and the rating labels. */
export async function listPublicFilters() {
  const [speakers, ratings] = await Promise.all([
    prisma.speaker.findMany({
      where: { claims: { some: { publication: { status: "LIVE" } } } },
      select: { name: true },
      orderBy: { name: "asc" },
    }),
    prisma.rating.findMany({
      where: { active: true },
      select: { label: true },
      orderBy: { position: "asc" },
    }),
  ]);
  return { speakers: speakers.map((s) => s.name), ratings: ratings.map((r) => r.label) };
}

export type PublishedCheckSummary = Awaited<
  ReturnType<typeof listPublishedChecks>
>["items"][number];
