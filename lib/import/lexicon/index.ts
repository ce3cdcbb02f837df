// The lexicons detection can use; an article in any other language is refused, never read as
// English.
import { en } from "./en";
import { ru } from "./ru";
import type { Lexicon } from "./lexicon";

export type { CueName, Lexicon } from "./lexicon";

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, ru };

/** English: the default when an article's language is not known (tests, short texts). */
export const EN = en;

export class UnsupportedLanguageError extends Error {
  constructor(
    readonly language: string,
    readonly languageName: string,
  ) {
    super(
      `this article is in ${languageName} (${language}); claim detection reads ${Object.values(
        LEXICONS,
      )
        .map((l) => `${l.name} (${l.language})`)
        .join(", ")} only — ` +
        "import it with its translation, or pass the language if it was detected wrongly",
    );
    this.name = "UnsupportedLanguageError";
  }
}

export function lexiconFor(language: string, languageName = language): Lexicon {
  const lexicon = LEXICONS[language];
  if (!lexicon) throw new UnsupportedLanguageError(language, languageName);
  return lexicon;
}

/**
 * A value built once per lexicon (compiled regexes, word sets): modules keep their patterns per
 * language instead of at module level.
 */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    let value = cache.get(lexicon);
    if (value === undefined) {
      value = build(lexicon);
      cache.set(lexicon, value);
    }
    return value;
  };
}

/** Regex alternation of a word list, longest first so "prime minister" wins over "minister". */
export const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).join("|");
