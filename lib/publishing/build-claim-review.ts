// The ClaimReview JSON-LD of one published check; used by the page and the claimreview export,
// so both always carry the same object. Pure: everything it needs comes in the input.
import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from "schema-dts";
import { claimReviewedText } from "./claim-reviewed-text";

export interface ClaimReviewInput {
  pageUrl: string;
  canonicalText: string;
  shortText: string | null;
  speaker: { name: string; title: string | null; sameAs: string | null };
  appearance: {
    url: string | null;
    outlet: string;
    title: string | null;
    publishedAt: Date | null;
    /** ISO 639-1 of the article (or recording) the words appeared in. */
    language: string;
  };
  /** null for a verdict without a rating. value null = outside the numeric scale ("Unverifiable"). */
  rating: { label: string; value: number | null } | null;
  /** Only the speaker's own words appear as the appearance's text; reported speech never does. */
  speakerWords: string | null;
  scale: { best: number; worst: number };
  organization: { name: string; url: string };
  datePublished: Date;
  dateModified: Date;
}

const UNRATED_LABEL = "Unrated";

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function buildClaimReview(input: ClaimReviewInput): WithContext<ClaimReview> {
  const author: Person = {
    "@type": "Person",
    name: input.speaker.name,
    ...(input.speaker.title ? { jobTitle: input.speaker.title } : {}),
    ...(input.speaker.sameAs ? { sameAs: input.speaker.sameAs } : {}),
  };
  const publisher: Organization = { "@type": "Organization", name: input.appearance.outlet };
  const appearance: CreativeWork = {
    "@type": "CreativeWork",
    ...(input.appearance.url ? { url: input.appearance.url } : {}),
    ...(input.appearance.title ? { headline: input.appearance.title } : {}),
    ...(input.appearance.publishedAt
      ? { datePublished: isoDate(input.appearance.publishedAt) }
      : {}),
    ...(input.speakerWords ? { text: input.speakerWords } : {}),
    inLanguage: input.appearance.language,
    publisher,
  };
  const rating = input.rating;
  // Google: a rating off the numeric scale is given by alternateName alone; no ratingValue.
  const numeric =
    rating?.value != null
      ? {
          ratingValue: rating.value,
          bestRating: input.scale.best,
          worstRating: Math.max(1, input.scale.worst),
        }
      : {};
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: input.pageUrl,
    claimReviewed: claimReviewedText(input.shortText, input.canonicalText),
    datePublished: isoDate(input.datePublished),
    dateModified: isoDate(input.dateModified),
    author: { "@type": "Organization", name: input.organization.name, url: input.organization.url },
    reviewRating: { "@type": "Rating", ...numeric, alternateName: rating?.label ?? UNRATED_LABEL },
    itemReviewed: {
      "@type": "Claim",
      text: input.canonicalText,
      author,
      ...(input.appearance.publishedAt
        ? { datePublished: isoDate(input.appearance.publishedAt) }
        : {}),
      appearance,
      firstAppearance: appearance,
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
