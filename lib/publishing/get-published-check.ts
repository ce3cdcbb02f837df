// Everything a public fact-check page shows, read once per (re)render of the static page.
import "server-only";
import { prisma } from "../db";
import { getSettings } from "../settings/get-settings";
import { buildClaimReview } from "./build-claim-review";
import { checkUrl } from "./check-url";
import { claimReviewInputFor } from "./claim-review-input";
import { getRatingScale } from "./rating-scale";
import { readSourceSnapshot } from "./source-snapshot";
import { appearanceInclude, appearanceSelect, claimAppearance } from "../claims/claim-appearance";

const ratingSelect = { select: { label: true, value: true, description: true } } as const;

async function loadPublication(slug: string) {
  return prisma.publication.findUnique({
    where: { slug },
    include: {
      corrections: {
        orderBy: { createdAt: "asc" },
        include: { verdictRevision: { select: { revision: true } } },
      },
      claim: {
        include: {
          speaker: true,
          ...appearanceInclude,
          verdict: {
            include: {
              revisions: { include: { rating: ratingSelect }, orderBy: { revision: "asc" } },
            },
          },
        },
      },
    },
  });
}

type LoadedPublication = NonNullable<Awaited<ReturnType<typeof loadPublication>>>;

/** The revision live before each correction: the newest one older than the correction's. */
function correctionsOf(pub: LoadedPublication) {
  const numbers = pub.claim.verdict?.revisions.map((r) => r.revision) ?? [];
  return pub.corrections.map((c) => {
    const revision = c.verdictRevision.revision;
    const previousRevision = Math.max(...numbers.filter((n) => n < revision), 0) || null;
    return { id: c.id, date: c.createdAt, note: c.note, revision, previousRevision };
  });
}

async function repeatsOf(claim: LoadedPublication["claim"]) {
  const group = claim.repeatOfId
    ? { OR: [{ id: claim.repeatOfId }, { repeatOfId: claim.repeatOfId }, { repeatOfId: claim.id }] }
    : { repeatOfId: claim.id };
  const rows = await prisma.claim.findMany({
    where: { ...group, NOT: { id: claim.id } },
    select: { quote: true, ...appearanceSelect },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  return rows.map((r) => ({ quote: r.quote, ...claimAppearance(r) }));
}

export async function getPublishedCheck(slug: string) {
  const pub = await loadPublication(slug);
  if (!pub) return null;
  const claim = pub.claim;
  if (pub.status === "UNPUBLISHED") {
    return {
      state: "gone" as const,
      slug,
      canonicalText: claim.canonicalText,
      reason: pub.unpublishedReason ?? "",
      unpublishedAt: pub.unpublishedAt,
    };
  }
  const revision = claim.verdict?.revisions.find((r) => r.revision === pub.revision);
  if (!revision)
    throw new Error(`publication ${pub.slug} points at missing verdict revision ${pub.revision}`);
  const [settings, scale, repeats] = await Promise.all([
    getSettings(),
    getRatingScale(),
    repeatsOf(claim),
  ]);
  const appearance = claimAppearance(claim);
  const core = {
    slug: pub.slug,
    canonicalText: claim.canonicalText,
    shortText: claim.shortText,
    speaker: { name: claim.speaker.name, title: claim.speaker.title, sameAs: claim.speaker.sameAs },
    appearance: {
      outlet: appearance.outlet,
      title: appearance.title,
      url: appearance.url,
      publishedAt: appearance.publishedAt,
    },
    rating: revision.rating,
    firstPublishedAt: pub.firstPublishedAt,
    updatedAt: pub.updatedAt,
  };
  return {
    state: "live" as const,
    check: {
      ...core,
      pageUrl: checkUrl(settings.siteUrl, pub.slug),
      quote: claim.quote,
      context: claim.context,
      publishedText: appearance.publishedText,
      medium: appearance.medium,
      mediaTimestamp: appearance.mediaTimestamp,
      rating: revision.rating,
      conclusion: revision.conclusion,
      analysis: revision.analysis,
      sources: readSourceSnapshot(revision.sourcesJson),
      revision: pub.revision,
      corrections: correctionsOf(pub),
      repeats,
      organizationName: settings.organizationName,
      claimReview: buildClaimReview(claimReviewInputFor(core, settings, scale)),
    },
  };
}

export type PublishedCheck = Extract<
  NonNullable<Awaited<ReturnType<typeof getPublishedCheck>>>,
  { state: "live" }
>["check"];

/** An earlier public revision; only revisions that were once live (or the current one) are shown. */
export async function getPublishedRevision(slug: string, revisionNumber: number) {
  const pub = await loadPublication(slug);
  if (pub?.status !== "LIVE") return null;
  const publicNumbers = new Set([
    pub.revision,
    ...correctionsOf(pub).flatMap((c) => [c.revision, c.previousRevision ?? -1]),
  ]);
  if (!publicNumbers.has(revisionNumber)) return null;
  const revisions = pub.claim.verdict?.revisions ?? [];
  const revision = revisions.find((r) => r.revision === revisionNumber);
  if (!revision) return null;
  const replacedBy = pub.corrections.find((c) => c.verdictRevision.revision > revisionNumber);
  return {
    slug: pub.slug,
    canonicalText: pub.claim.canonicalText,
    revision: revision.revision,
    isCurrent: revision.revision === pub.revision,
    rating: revision.rating,
    conclusion: revision.conclusion,
    analysis: revision.analysis,
    sources: readSourceSnapshot(revision.sourcesJson),
    createdAt: revision.createdAt,
    replacedAt: replacedBy?.createdAt ?? null,
    replacedNote: replacedBy?.note ?? null,
  };
}
