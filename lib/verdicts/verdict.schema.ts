import { z } from "zod";

export const CONCLUSION_MAX = 300;
export const ANALYSIS_MAX = 50_000;

const claimId = z.uuid("Unknown claim id");

export const verdictFieldsSchema = z.object({
  ratingId: z.union([z.uuid("Choose a rating from the scale"), z.literal("")], {
    message: "Choose a rating from the scale",
  }),
  conclusion: z
    .string()
    .trim()
    .max(
      CONCLUSION_MAX,
      `Keep the conclusion to one sentence of at most ${CONCLUSION_MAX} characters`,
    ),
  analysis: z
    .string()
    .max(ANALYSIS_MAX, `Use at most ${ANALYSIS_MAX.toLocaleString("en")} characters`),
});

export const saveVerdictDraftSchema = verdictFieldsSchema.extend({
  claimId,
  /** The verdict version the editor loaded; null when there was no draft yet. */
  verdictVersion: z.number().int().min(1).nullable(),
});

export const submitVerdictSchema = z.object({ claimId, verdictVersion: z.number().int().min(1) });

export const approveVerdictSchema = z.object({
  claimId,
  revision: z.number().int().min(1),
  comment: z.string().trim().max(5000, "Use at most 5000 characters").default(""),
});

export const requestChangesSchema = z.object({
  claimId,
  revision: z.number().int().min(1),
  comment: z
    .string()
    .trim()
    .min(1, "Say what needs to change")
    .max(5000, "Use at most 5000 characters"),
});

export type VerdictFormInput = z.input<typeof verdictFieldsSchema>;
export type ReviewFormInput = { comment: string };
