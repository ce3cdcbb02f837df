// Language codes as people type them (import form, --language, the manifest, the speaker screen):
// two letters, a language that exists (ISO 639-1, named by Intl), and for an article one that
// claim detection has a lexicon for. The message names the language, so "de" says "German".
import { z } from "zod";
import { LEXICONS } from "./lexicon";
import { languageNameOf } from "./language-name";

export const supportedLanguagesText = () =>
  Object.values(LEXICONS)
    .map((l) => `${l.name} (${l.language})`)
    .join(", ");

const twoLetters = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, "Use a two-letter language code such as en or ru");

/** Any language (a speaker's name may be in one the desk does not read). */
export const languageCodeField = twoLetters.refine((code) => languageNameOf(code) !== undefined, {
  error: (issue) =>
    `"${issue.input}" is not a language code; use a two-letter one such as en or ru`,
});

/** An article's language: one claim detection reads. */
export const articleLanguageField = languageCodeField.superRefine((code, ctx) => {
  if (LEXICONS[code]) return;
  ctx.addIssue({
    code: "custom",
    message: `${languageNameOf(code)} (${code}) is not supported: claim detection reads ${supportedLanguagesText()} only`,
  });
});
