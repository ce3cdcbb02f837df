// The speaker screen's form: a speaker's name in each language with that language's aliases.
// One schema for the form (zodResolver) and the action.
import { z } from "zod";
import { languageCodeField } from "../import/language.schema";
import { normalizeSpeakerName } from "../import/speaker-name";

export const MAX_SPEAKER_NAMES = 12;

const speakerNameRow = z.object({
  language: languageCodeField,
  name: z
    .string()
    .trim()
    .min(1, "Give the name as written in this language")
    .max(200, "Use at most 200 characters"),
  /** Comma-separated: "Викторов, посол". */
  aliases: z.string().trim().max(1000, "Use at most 1000 characters"),
});

export const speakerNamesFormSchema = z.object({
  names: z
    .array(speakerNameRow)
    .min(1, "Keep at least one name")
    .max(MAX_SPEAKER_NAMES, `Give at most ${MAX_SPEAKER_NAMES} languages`)
    .superRefine((rows, ctx) => {
      const languages = new Map<string, number>();
      const names = new Map<string, number>();
      rows.forEach((row, i) => {
        if (languages.has(row.language))
          ctx.addIssue({
            code: "custom",
            path: [i, "language"],
            message: `"${row.language}" is already used above; give one name per language`,
          });
        languages.set(row.language, i);
        const key = normalizeSpeakerName(row.name);
        if (key && names.has(key))
          ctx.addIssue({
            code: "custom",
            path: [i, "name"],
            message: "The same name is given twice",
          });
        names.set(key, i);
      });
    }),
});

export const speakerNamesSchema = speakerNamesFormSchema.extend({
  speakerId: z.uuid("Unknown speaker — reload the page"),
  /** The speaker's version the editor saw (edits are conditional on it). */
  version: z.number().int().min(1),
});

export type SpeakerNamesFormInput = z.input<typeof speakerNamesFormSchema>;
export type SpeakerNamesValues = z.output<typeof speakerNamesSchema>;
