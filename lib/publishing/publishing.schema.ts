import { z } from "zod";
import { CLAIM_REVIEWED_MAX } from "./claim-reviewed-text";

/** The short claim search engines show (ClaimReview claimReviewed); one rule for every form. */
export const shortTextField = z
  .string()
  .trim()
  .max(
    CLAIM_REVIEWED_MAX,
    `Shorten the claim for search engines to under ${CLAIM_REVIEWED_MAX + 1} characters.`,
  );

export const publishSchema = z.object({
  claimId: z.uuid(),
  /** Replaces claim.shortText when given; claimReviewed is built from it. */
  shortText: shortTextField.optional().or(z.literal("").transform(() => undefined)),
});

/** The publish form always sends the short text: it is what search engines show. */
export const publishFormSchema = publishSchema.extend({
  shortText: shortTextField.min(1, "Write the short claim search engines show."),
});

export const correctSchema = z.object({
  claimId: z.uuid(),
  expectedVersion: z.number().int().positive(),
  ratingId: z.uuid().nullable(),
  conclusion: z
    .string()
    .trim()
    .min(10, "Write a one-sentence conclusion (at least 10 characters).")
    .max(400),
  analysis: z.string().trim().min(1, "The analysis cannot be empty.").max(100_000),
  note: z
    .string()
    .trim()
    .min(10, "Readers are told what changed: write a correction note of at least 10 characters.")
    .max(1000),
});

export const unpublishSchema = z.object({
  claimId: z.uuid(),
  expectedVersion: z.number().int().positive().optional(),
  reason: z.string().trim().min(10, "Give readers a reason of at least 10 characters.").max(1000),
});

export type PublishInput = z.input<typeof publishSchema>;
export type CorrectInput = z.input<typeof correctSchema>;
export type UnpublishInput = z.input<typeof unpublishSchema>;
