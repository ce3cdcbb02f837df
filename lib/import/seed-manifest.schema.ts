import { z } from "zod";
import { articleLanguageField, languageCodeField } from "./language.schema";
import { normalizeSpeakerName, type SpeakerNameFields } from "./speaker-name";

// "2023", "2023-10" or "2022-01-26": seeds often only know the month or year.
const partialIsoDate = z
  .string()
  .regex(
    /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/,
    "use yyyy, yyyy-mm or yyyy-mm-dd",
  );

export const manifestSpeakerSchema = z.object({
  /** The display name, in `language` (English unless said), with that language's aliases. */
  name: z.string().min(1),
  language: languageCodeField.default("en"),
  title: z.string().min(1),
  country: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  sameAs: z.string().url().nullable(),
  /** The name in other languages and scripts: {"language": "ru", "name": "Анатолий Викторов", "aliases": [...]}. */
  names: z
    .array(
      z.object({
        language: languageCodeField,
        name: z.string().min(1),
        aliases: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
});

export const manifestArticleSchema = z.object({
  file: z.string().regex(/^[^/\\]+$/, "a file name, not a path"),
  outlet: z.string().min(1),
  title: z.string().min(1),
  url: z.string().url().nullable(),
  published: partialIsoDate,
  language: articleLanguageField,
  speaker: z.string().min(1),
  note: z.string().optional(),
});

export const seedManifestSchema = z
  .object({
    speakers: z.array(manifestSpeakerSchema).min(1),
    articles: z.array(manifestArticleSchema),
  })
  .superRefine((m, ctx) => {
    const names = new Set(m.speakers.map((s) => s.name));
    const owners = new Map<string, string>();
    m.speakers.forEach((s, i) => {
      const languages = new Set<string>();
      for (const n of manifestSpeakerNames(s)) {
        const key = normalizeSpeakerName(n.name);
        const owner = owners.get(key);
        if ((owner !== undefined && owner !== s.name) || languages.has(n.language)) {
          ctx.addIssue({
            code: "custom",
            path: ["speakers", i, "names"],
            message: languages.has(n.language)
              ? `${s.name} has two names in "${n.language}"; give one name per language`
              : `"${n.name}" is also a name of ${owner}`,
          });
        }
        owners.set(key, s.name);
        languages.add(n.language);
      }
    });
    m.articles.forEach((a, i) => {
      if (!names.has(a.speaker)) {
        ctx.addIssue({
          code: "custom",
          path: ["articles", i, "speaker"],
          message: `unknown speaker "${a.speaker}"`,
        });
      }
    });
  });

export type SeedManifest = z.infer<typeof seedManifestSchema>;
export type ManifestSpeaker = z.infer<typeof manifestSpeakerSchema>;
export type ManifestArticle = z.infer<typeof manifestArticleSchema>;

/** Every name of a manifest speaker, the display name first. */
export function manifestSpeakerNames(s: ManifestSpeaker): SpeakerNameFields[] {
  return [{ language: s.language, name: s.name, aliases: s.aliases }, ...s.names];
}

export function manifestSpeakerHasName(s: ManifestSpeaker, name: string): boolean {
  const key = normalizeSpeakerName(name);
  return manifestSpeakerNames(s).some((n) => normalizeSpeakerName(n.name) === key);
}
