import { z } from "zod";

export const settingsSchema = z.object({
  organizationName: z.string().trim().min(1).max(120),
  organizationUrl: z
    .string()
    .trim()
    .url()
    .refine((u) => /^https?:\/\//.test(u), "Use an http(s) URL"),
  /** Shown on the report cover and in ClaimReview's author (publisher logo). Empty: not set. */
  organizationLogoUrl: z
    .string()
    .trim()
    .refine((u) => u === "" || /^https?:\/\/\S+$/.test(u), "Use an http(s) URL of an image"),
  siteUrl: z
    .string()
    .trim()
    .url()
    .refine((u) => /^https?:\/\//.test(u), "Use an http(s) URL"),
  minSources: z.number().int().min(0).max(20),
  minPrimarySources: z.number().int().min(0).max(20),
  methodology: z.string().max(50_000),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organizationName: "Claimdesk",
  organizationUrl: "https://claimdesk.example.org",
  organizationLogoUrl: "",
  siteUrl: process.env.PUBLIC_SITE_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000",
  minSources: 2,
  minPrimarySources: 1,
  methodology:
    "## How we check claims\n\nEvery claim is researched by one editor and approved by a second person. " +
    "We rate claims on a five-point scale from True to False, or Unverifiable when the evidence does not allow a rating.\n\n" +
    "## Corrections\n\nWhen we get something wrong we correct the page and say what changed and when.",
};

/** What the admin settings form submits: the stored settings plus a cross-field rule. */
export const settingsFormSchema = settingsSchema.refine(
  (s) => s.minPrimarySources <= s.minSources,
  {
    message: "Primary sources are part of the minimum, so use a number no larger than it",
    path: ["minPrimarySources"],
  },
);
