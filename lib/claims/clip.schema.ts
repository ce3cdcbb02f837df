// Clipping: an editor selects a span of an article and adds it as a claim.
import { z } from "zod";
import { canonicalTextField } from "./claim.schema";

/** The longest quote a claim may have (a long paragraph; a claim is a sentence or two). */
export const MAX_QUOTE_CHARS = 1000;

const offset = z
  .number({ message: "Select the words of the claim in the article" })
  .int()
  .min(0, "The selection is outside the article");

export const clipSpanSchema = z.object({
  articleId: z.uuid("Unknown article — reload the page"),
  start: offset,
  end: offset,
});

export const clipClaimSchema = clipSpanSchema.extend({
  /** Empty: the detector's wording (canonicalClaim). */
  canonicalText: z.union([z.literal(""), canonicalTextField]).optional(),
});

export type ClipSpanInput = z.input<typeof clipSpanSchema>;
export type ClipClaimInput = z.input<typeof clipClaimSchema>;
