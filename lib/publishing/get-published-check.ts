// Everything a public fact-check page shows, read when its page is rendered (on publish or
// correction, inside that transaction) and by tests.
import "server-only";
import { prisma, type Tx } from "../db";
import { getSettings } from "../settings/get-settings";
import { buildClaimReview } from "./build-claim-review";
import { checkUrl } from "./check-url";
import { claimReviewInputFor } from "./claim-review-input";
import { getRatingScale } from "./rating-scale";
import { readSourceSnapshot } from "./source-snapshot";
import { appearanceInclude, appearanceSelect, claimAppearance } from "../claims/claim-appearance";
import { presentClaimQuote, claimQuoteSelect } from "../claims/quote-type";

const ratingSelect = { select: { label: true, value: true, description: true } } as const;

async function loadPublication(db: Tx, slug: string) {
  return db.publication.findUnique({
    where: { slug },
    include: {
      corrections: {
        orderBy: { createdAt: "asc" },
        include: { verdictRevision: { select: { revision: true } } },
      },
      claim: {
        include: {
          speaker: true,
          article: { select: { ...appearanceInclude.article.select, text: true } },
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

async function repeatsOf(db: Tx, claim: LoadedPublication["claim"]) {
  const group = claim.repeatOfId
    ? { OR: [{ id: claim.repeatOfId }, { repeatOfId: claim.repeatOfId }, { repeatOfId: claim.id }] }
    : { repeatOfId: claim.id };
  const rows = await db.claim.findMany({
    where: { ...group, NOT: { id: claim.id } },
    select: {
      ...claimQuoteSelect,
      ...appearanceSelect,
      article: { select: { ...appearanceSelect.article.select, text: true } },
    },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  return rows.map((r) => ({ quote: presentClaimQuote(r), ...claimAppearance(r) }));
}

export interface GetPublishedCheckOptions {
  /** Read through this transaction (a page rendered while publishing sees the new rows). */
  db?: Tx;
  /** The page as it was while this revision was live (default: the current one). */
  revision?: number;
}

export async function getPublishedCheck(slug: string, options: GetPublishedCheckOptions = {}) {
  const db = options.db ?? prisma;
  const pub = await loadPublication(db, slug);
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
  const shown = options.revision ?? pub.revision;
  const revision = claim.verdict?.revisions.find((r) => r.revision === shown);
  if (!revision) {
    if (options.revision !== undefined) return null;
    throw new Error(`publication ${pub.slug} points at missing verdict revision ${pub.revision}`);
  }
  // An earlier revision shows the corrections made up to it, dated by the last of them.
  const corrections = correctionsOf(pub).filter((c) => c.revision <= shown);
  const updatedAt =
    shown === pub.revision ? pub.updatedAt : (corrections.at(-1)?.date ?? pub.firstPublishedAt);
  const [settings, scale, repeats] = await Promise.all([
    getSettings(),
    getRatingScale(db),
    repeatsOf(db, claim),
  ]);
  const appearance = claimAppearance(claim);
  const quote = presentClaimQuote(claim);
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
      language: appearance.language,
    },
    rating: revision.rating,
    speakerWords: quote.quotation ? quote.text : null,
    firstPublishedAt: pub.firstPublishedAt,
    updatedAt,
  };
  return {
    state: "live" as const,
    check: {
      ...core,
      pageUrl: checkUrl(settings.siteUrl, pub.slug),
      quote,
      context: claim.context,
      publishedText: appearance.publishedText,
      medium: appearance.medium,
      mediaTimestamp: appearance.mediaTimestamp,
      rating: revision.rating,
      conclusion: revision.conclusion,
      analysis: revision.analysis,
      sources: readSourceSnapshot(revision.sourcesJson),
      revision: shown,
      corrections,
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
