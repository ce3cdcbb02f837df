// One schema for the import form (zodResolver) and the server (route handler, actions).
import { z } from "zod";
import { DismissReason } from "../generated/prisma/enums";
import { canonicalTextField } from "../claims/claim.schema";
import { articleLanguageField } from "./language.schema";

export const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
export const MAX_PASTED_CHARS = 10 * 1024 * 1024;
export const ACCEPTED_FILE_TYPES = ".txt,.md,.markdown,.html,.htm";

const optionalText = (max: number, message: string) => z.string().trim().max(max, message);
/** An http(s) address; other schemes (javascript:, data:) are refused. */
export const webUrlField = z.url({
  protocol: /^https?$/,
  message: "Use a full address starting with https://",
});

export const articleMetadataSchema = z.object({
  outlet: z
    .string()
    .trim()
    .min(1, "Name the outlet that published the article")
    .max(200, "Use at most 200 characters"),
  title: z
    .string()
    .trim()
    .min(1, "Give the article's title")
    .max(500, "Use at most 500 characters"),
  url: z.union([z.literal(""), webUrlField]),
  published: z.union([
    z.literal(""),
    z.string().trim().regex(PARTIAL_DATE, "Use yyyy, yyyy-mm or yyyy-mm-dd"),
  ]),
  /** "" = detect from the text. */
  language: z.union([z.literal(""), articleLanguageField]),
  note: optionalText(1000, "Use at most 1000 characters"),
});

export const speakerChoiceSchema = z.object({
  /** An existing speaker, or "" for a new one from the fields below (no name: found in the text). */
  speakerId: z.union([z.literal(""), z.uuid("Pick a speaker from the list")]),
  speakerName: optionalText(200, "Use at most 200 characters"),
  speakerTitle: optionalText(200, "Use at most 200 characters"),
  /** Comma-separated: "Viktorov, the ambassador". */
  speakerAliases: optionalText(1000, "Use at most 1000 characters"),
});

export type SpeakerChoice = z.output<typeof speakerChoiceSchema>;

/** For forms where the speaker cannot be left to the detector. */
export function requireSpeaker(
  v: { speakerId: string; speakerName: string },
  ctx: z.RefinementCtx,
) {
  if (!v.speakerId && !v.speakerName) {
    ctx.addIssue({
      code: "custom",
      path: ["speakerName"],
      message: "Pick the speaker or enter their name",
    });
  }
}

const importFieldsSchema = articleMetadataSchema.extend(speakerChoiceSchema.shape).extend({
  /** The article pasted instead of uploaded; a file wins when both are given. */
  pastedText: z
    .string()
    .max(MAX_PASTED_CHARS, "Pasted text is larger than 10 MB; upload the article text only"),
});

/** What the browser form checks; the file itself is checked on the server (decodeArticle). */
export const importFormSchema = importFieldsSchema;

/** The same fields plus the uploaded file, as the route handler receives them. */
export const importUploadSchema = importFieldsSchema
  .extend({
    file: z.object({ name: z.string().max(255), bytes: z.instanceof(Uint8Array) }).nullable(),
  })
  .superRefine((v, ctx) => {
    if (!v.file && !v.pastedText.trim()) {
      ctx.addIssue({
        code: "custom",
        path: ["pastedText"],
        message: "Choose a file or paste the article text",
      });
    }
  });

export type ImportFormInput = z.input<typeof importFormSchema>;
export type ImportFormValues = z.output<typeof importFormSchema>;
export type ImportUploadValues = z.output<typeof importUploadSchema>;

export const splitAliases = (aliases: string) =>
  aliases
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);

// Triage: accept candidates into the queue (canonical text editable first) or dismiss them.
const claimId = z.uuid("Unknown claim id — reload the page");
export const acceptCandidatesSchema = z.object({
  articleId: z.uuid("Unknown article — reload the page"),
  items: z
    .array(
      z.object({
        claimId,
        canonicalText: canonicalTextField.optional(),
      }),
    )
    .min(1, "Select at least one claim")
    .max(500, "Accept at most 500 claims at once"),
});

export const dismissCandidatesSchema = z.object({
  articleId: z.uuid("Unknown article — reload the page"),
  claimIds: z
    .array(claimId)
    .min(1, "Select at least one claim")
    .max(500, "Dismiss at most 500 claims at once"),
  reason: z.enum(DismissReason, { message: "Choose a reason" }),
  note: z.string().trim().max(1000, "Use at most 1000 characters").optional(),
});

export type AcceptCandidatesInput = z.input<typeof acceptCandidatesSchema>;
export type DismissCandidatesInput = z.input<typeof dismissCandidatesSchema>;

// After import: correct the article's speaker (detection runs again) or re-run detection.
const articleIdField = z.uuid("Unknown article — reload the page");
const correctSpeakerFields = speakerChoiceSchema.extend({
  /** Accepted claims (queued and beyond) keep their speaker unless this is ticked. */
  moveAccepted: z.boolean().default(false),
});
/** The form on the triage page (the article is the page's). */
export const correctSpeakerFormSchema = correctSpeakerFields.superRefine(requireSpeaker);
export const correctSpeakerSchema = correctSpeakerFields
  .extend({ articleId: articleIdField })
  .superRefine(requireSpeaker);
export const rerunDetectionSchema = z.object({ articleId: articleIdField });

export type CorrectSpeakerInput = z.input<typeof correctSpeakerSchema>;
