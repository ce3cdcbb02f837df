import "server-only";
import { prisma } from "../db";
import type { ClaimStatus } from "../generated/prisma/enums";
import { articleForReading } from "../claims/claim-appearance";

export const TRIAGE_FILTERS = ["candidates", "accepted", "dismissed", "all"] as const;
export type TriageFilter = (typeof TRIAGE_FILTERS)[number];

/** Triaged into the queue and beyond. */
export const ACCEPTED_STATUSES: ClaimStatus[] = [
  "QUEUED",
  "IN_RESEARCH",
  "IN_REVIEW",
  "APPROVED",
  "PUBLISHED",
];

const STATUSES: Record<TriageFilter, ClaimStatus[] | null> = {
  candidates: ["CANDIDATE"],
  accepted: ACCEPTED_STATUSES,
  dismissed: ["DISMISSED"],
  all: null,
};

/** An imported article with its detected claims, for the triage screen; null when unknown. */
export async function getImportTriage(articleId: string, filter: TriageFilter) {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: {
      ...articleForReading,
      createdAt: true,
      speakerId: true,
      speaker: { select: { name: true, title: true } },
      claims: {
        orderBy: { startOffset: "asc" },
        select: {
          id: true,
          quote: true,
          startOffset: true,
          endOffset: true,
          context: true,
          canonicalText: true,
          kind: true,
          score: true,
          reasons: true,
          status: true,
          dismissReason: true,
          repeatOfId: true,
          version: true,
        },
      },
    },
  });
  if (!article) return null;
  const statuses = STATUSES[filter];
  const counts = Object.fromEntries(
    TRIAGE_FILTERS.map((f) => [
      f,
      article.claims.filter((c) => !STATUSES[f] || STATUSES[f]!.includes(c.status)).length,
    ]),
  ) as Record<TriageFilter, number>;
  const shown = statuses
    ? article.claims.filter((c) => statuses.includes(c.status))
    : article.claims;
  return {
    article,
    claims: shown,
    counts,
    spans: article.claims.filter((c) => c.status !== "DISMISSED"),
  };
}

export type ImportTriage = NonNullable<Awaited<ReturnType<typeof getImportTriage>>>;
