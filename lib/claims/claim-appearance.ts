// Where a claim was said: its article, or for a claim without one (TV, radio, a post, a
// speech) the appearance fields on the claim. Every screen, export and ClaimReview reads it here.
import type { ClaimMedium } from "../generated/prisma/enums";
import { scriptLanguage } from "../import/script-language";

export interface ClaimAppearance {
  outlet: string;
  title: string | null;
  url: string | null;
  publishedAt: Date | null;
  /** What the source says about the date ("2023-10") when it is not a full date. */
  publishedText: string | null;
  /** null: an article. */
  medium: ClaimMedium | null;
  mediaTimestamp: string | null;
  /** ISO 639-1: the article's language; for a claim said elsewhere, its quote's script's. */
  language: string;
}

interface AppearanceSource {
  article: {
    outlet: string;
    title: string;
    url: string | null;
    publishedAt: Date | null;
    publishedText: string | null;
    language: string;
  } | null;
  quote: string;
  medium: ClaimMedium | null;
  outlet: string | null;
  url: string | null;
  saidOn: Date | null;
  mediaTimestamp: string | null;
}

/** What claimAppearance needs, in a Prisma `include` (the claim's own fields come anyway)… */
const articleAppearance = {
  outlet: true,
  title: true,
  url: true,
  publishedAt: true,
  publishedText: true,
  language: true,
} as const;

export const appearanceInclude = { article: { select: articleAppearance } } as const;

/** An article as the screens that show its text read it (the claim workspace, triage). */
export const articleForReading = { id: true, ...articleAppearance, text: true } as const;

/** …and in a `select`. */
export const appearanceSelect = {
  quote: true,
  medium: true,
  outlet: true,
  url: true,
  saidOn: true,
  mediaTimestamp: true,
  ...appearanceInclude,
} as const;

export function claimAppearance(c: AppearanceSource): ClaimAppearance {
  if (c.article) return { ...c.article, medium: null, mediaTimestamp: null };
  return {
    language: scriptLanguage(c.quote),
    outlet: c.outlet ?? "",
    title: null,
    url: c.url,
    publishedAt: c.saidOn,
    publishedText: null,
    medium: c.medium,
    mediaTimestamp: c.mediaTimestamp,
  };
}

export const MEDIUM_LABELS: Record<ClaimMedium, string> = {
  TV: "TV",
  RADIO: "radio",
  VIDEO: "video",
  SOCIAL: "social media post",
  SPEECH: "speech",
  OTHER: "other",
};

/** "TV, at 00:12:31" for a recording; "" for an article. */
export function mediumText(a: Pick<ClaimAppearance, "medium" | "mediaTimestamp">): string {
  if (!a.medium) return "";
  return `${MEDIUM_LABELS[a.medium]}${a.mediaTimestamp ? `, at ${a.mediaTimestamp}` : ""}`;
}

/** The date an appearance was published or said, as a day or the source's partial date. */
export function appearanceDate(
  a: Pick<ClaimAppearance, "publishedAt" | "publishedText">,
): string | null {
  return a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : a.publishedText;
}
