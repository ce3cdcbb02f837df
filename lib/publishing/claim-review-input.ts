// Maps a published check (page or export record) onto the ClaimReview builder's input.
import type { Settings } from "../settings/settings.schema";
import type { ClaimReviewInput } from "./build-claim-review";
import { checkUrl } from "./check-url";
import type { RatingScale } from "./rating-scale";

export interface CheckCore {
  slug: string;
  canonicalText: string;
  shortText: string | null;
  speaker: { name: string; title: string | null; sameAs: string | null };
  /** The article, or for a claim without one the recording or post it was said in. */
  appearance: {
    outlet: string;
    title: string | null;
    url: string | null;
    publishedAt: Date | null;
    language: string;
  };
  rating: { label: string; value: number | null } | null;
  /** The speaker's own words (lib/claims/quote-type.ts); null when the source reports them. */
  speakerWords: string | null;
  firstPublishedAt: Date;
  updatedAt: Date;
}

export function claimReviewInputFor(
  check: CheckCore,
  settings: Settings,
  scale: RatingScale,
): ClaimReviewInput {
  return {
    pageUrl: checkUrl(settings.siteUrl, check.slug),
    canonicalText: check.canonicalText,
    shortText: check.shortText,
    speaker: check.speaker,
    appearance: check.appearance,
    rating: check.rating,
    speakerWords: check.speakerWords,
    scale,
    organization: { name: settings.organizationName, url: settings.organizationUrl },
    datePublished: check.firstPublishedAt,
    dateModified: check.updatedAt,
  };
}
