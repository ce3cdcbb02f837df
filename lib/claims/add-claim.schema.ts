// A claim said outside an article (TV, radio, video, a post, a speech): one schema for the form
// (zodResolver) and the server action.
import { z } from "zod";
import { ClaimMedium } from "../generated/prisma/enums";
import { requireSpeaker, speakerChoiceSchema, webUrlField } from "../import/import.schema";
import { canonicalTextField } from "./claim.schema";
import { MAX_QUOTE_CHARS } from "./clip.schema";

/** "00:12:31" or "12:31" (minutes and seconds under 60). */
export const MEDIA_TIMESTAMP = /^(?:\d{1,2}:)?[0-5]\d:[0-5]\d$/;

export const addClaimSchema = speakerChoiceSchema
  .pick({ speakerId: true, speakerName: true })
  .extend({
    quote: z
      .string()
      .trim()
      .min(1, "Write down the exact words that were said")
      .max(
        MAX_QUOTE_CHARS,
        `A quote may have at most ${MAX_QUOTE_CHARS} characters; keep the sentence or two that make the claim`,
      ),
    medium: z.enum(ClaimMedium, { message: "Choose where it was said" }),
    outlet: z
      .string()
      .trim()
      .min(1, "Name the channel, station, account or event")
      .max(200, "Use at most 200 characters"),
    url: webUrlField,
    saidOn: z.iso.date("Give the date it was said as yyyy-mm-dd"),
    mediaTimestamp: z.union([
      z.literal(""),
      z.string().trim().regex(MEDIA_TIMESTAMP, "Use HH:MM:SS or MM:SS, e.g. 00:12:31"),
    ]),
    /** Empty: derived from the quote (canonicalClaim). */
    canonicalText: z.union([z.literal(""), canonicalTextField]),
  })
  .superRefine(requireSpeaker);

export type AddClaimInput = z.input<typeof addClaimSchema>;
export type AddClaimValues = z.output<typeof addClaimSchema>;
