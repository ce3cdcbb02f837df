// What /api/v1 answers about published fact-checks and the ClaimReview feed.
import { z } from "zod";

const rating = z.object({ label: z.string(), value: z.number().int().nullable() });

export const checkListQuerySchema = z.object({
  speaker: z.string().trim().max(200).optional(),
  rating: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
});

export const checkSummarySchema = z
  .object({
    slug: z.string(),
    canonicalText: z.string(),
    speaker: z.object({ name: z.string(), title: z.string().nullable() }),
    outlet: z.string(),
    saidAt: z.iso.datetime().nullable(),
    rating: rating.nullable(),
    conclusion: z.string(),
    firstPublishedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "CheckSummary" });

export const checkPageSchema = z
  .object({
    items: z.array(checkSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageCount: z.number().int(),
  })
  .meta({ id: "CheckPage" });

export const checkPathSchema = z.object({ slug: z.string().max(300) });

/** A live check as its public page shows it, with its schema.org ClaimReview. */
export const checkDetailSchema = z
  .looseObject({
    slug: z.string(),
    canonicalText: z.string(),
    pageUrl: z.string(),
    rating: rating.extend({ description: z.string().nullable() }).nullable(),
    conclusion: z.string(),
    analysis: z.string(),
    revision: z.number().int(),
    claimReview: z.looseObject({ "@type": z.literal("ClaimReview") }),
  })
  .meta({ id: "CheckDetail" });

export const claimReviewFeedSchema = z
  .array(z.looseObject({ "@type": z.literal("ClaimReview") }))
  .meta({ id: "ClaimReviewFeed" });
