// The ClaimReview feed: the very objects the public pages carry, for live checks only.
import type { Settings } from "../settings/settings.schema";
import { buildClaimReview } from "../publishing/build-claim-review";
import { claimReviewInputFor } from "../publishing/claim-review-input";
import type { RatingScale } from "../publishing/rating-scale";
import type { ExportRecord } from "./export-records";

export async function* claimReviewsOf(
  records: AsyncIterable<ExportRecord>,
  settings: Settings,
  scale: RatingScale,
) {
  for await (const r of records) {
    if (r.publication?.status !== "LIVE") continue;
    yield buildClaimReview(
      claimReviewInputFor(
        {
          slug: r.publication.slug,
          canonicalText: r.canonicalText,
          shortText: r.shortText,
          speaker: r.speaker,
          appearance: r.appearance,
          rating: r.rating,
          speakerWords: r.speakerWords,
          firstPublishedAt: r.publication.firstPublishedAt,
          updatedAt: r.publication.updatedAt,
        },
        settings,
        scale,
      ),
    );
  }
}
