import { z } from "zod";

// "2023", "2023-10" or "2022-01-26": seeds often only know the month or year.
const partialIsoDate = z
  .string()
  .regex(
    /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/,
    "use yyyy, yyyy-mm or yyyy-mm-dd",
  );

export const manifestSpeakerSchema = z.object({
  name: z.string().min(1),
  title: z.string().min(1),
  country: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  sameAs: z.string().url().nullable(),
});

export const manifestArticleSchema = z.object({
  file: z.string().regex(/^[^/\\]+$/, "a file name, not a path"),
  outlet: z.string().min(1),
  title: z.string().min(1),
  url: z.string().url().nullable(),
  published: partialIsoDate,
  language: z.string().regex(/^[a-z]{2}$/),
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
