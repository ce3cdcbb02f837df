// The language of an article (franc, trigram statistics) and the lines written in another
// script, which detection skips and the importer reports instead of dropping them unsaid.
import { franc } from "franc-min";
import { iso6393 } from "iso-639-3";
import { findParagraphs } from "./detect/clean";
import { articleLanguageField } from "./language.schema";
import { scriptLanguage } from "./script-language";
import { lexiconFor, UnsupportedLanguageError } from "./lexicon";

export interface DetectedLanguage {
  /** ISO 639-1 code ("en"), or the 639-3 code when the language has no two-letter one. */
  code: string;
  name: string;
}

const BY_639_3 = new Map(iso6393.map((l) => [l.iso6393, l]));
/** Below this many letters franc's guess is noise; the article is taken as English. */
const MIN_LETTERS = 200;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;

export function languageName(code: string): string {
  return iso6393.find((l) => l.iso6391 === code || l.iso6393 === code)?.name ?? code;
}

/** The article's main language; when the text is too short to tell, Russian for Cyrillic, else English. */
export function detectLanguage(text: string): DetectedLanguage {
  const letters = text.match(LETTER)?.length ?? 0;
  // franc-min confuses Russian with Bulgarian and Ukrainian on news text; the script decides
  // between Cyrillic and Latin first, franc only among the languages of that script.
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  if (letters < MIN_LETTERS)
    return scriptLanguage(text) === "ru"
      ? { code: "ru", name: "Russian" }
      : { code: "en", name: "English" };
  const only =
    cyrillic > letters / 2 ? ["rus", "ukr", "bul", "srp", "mkd", "bel", "kaz"] : undefined;
  const code3 = franc(text, { minLength: 50, ...(only ? { only } : {}) });
  if (code3 === "und") return { code: "en", name: "English" };
  const entry = BY_639_3.get(code3);
  return { code: entry?.iso6391 ?? code3, name: entry?.name ?? code3 };
}

export interface OtherScriptLine {
  start: number;
  end: number;
  text: string;
}

/**
 * Lines in the other script (Cyrillic in an English article, Latin in a Russian one): detection
 * skips them; the editor is told.
 */
export function otherScriptLines(text: string, language = "en"): OtherScriptLine[] {
  return findParagraphs(text, language)
    .filter((p) => p.foreign)
    .map((p) => ({ start: p.start, end: p.end, text: text.slice(p.start, p.end) }));
}

/**
 * The language detection will read the article in: the one given (form, CLI, manifest) or the
 * detected one. A language without a lexicon is refused, with its name.
 */
export function resolveArticleLanguage(text: string, given?: string): DetectedLanguage {
  if (given) {
    const parsed = articleLanguageField.safeParse(given);
    if (!parsed.success) throw new LanguageInputError(parsed.error.issues[0]!.message);
    return { code: parsed.data, name: languageName(parsed.data) };
  }
  const language = detectLanguage(text);
  lexiconFor(language.code, language.name);
  return language;
}

/** A language given (form, --language, manifest) that is no code, or one detection cannot read. */
export class LanguageInputError extends Error {
  override name = "LanguageInputError";
}

/** What resolveArticleLanguage refuses: the caller shows the message as the user's to fix. */
export const isLanguageError = (err: unknown): err is Error =>
  err instanceof LanguageInputError || err instanceof UnsupportedLanguageError;
