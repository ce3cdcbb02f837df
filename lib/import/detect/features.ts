import { type Lexicon, perLexicon } from "../lexicon";
import { speakerMentions } from "./speaker-mentions";

// Figures spelled out ("two million"); "a", "an", "one" and "half" alone are not figures.
const numberWords = perLexicon((lex) => {
  const words = `(?:${[...Object.keys(lex.numberUnits).filter((w) => !/^(?:a|an|one|half|zero)$/.test(w)), ...Object.keys(lex.numberScales)].map((w) => `${w}s?`).join("|")}|${lex.quantityWords.join("|")})`;
  // `\b` only knows ASCII letters: other scripts need Unicode-aware edges.
  return lex.language === "en"
    ? new RegExp(`\\b${words}\\b`, "i")
    : new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}])`, "iu");
});
const withGlobal = (re: RegExp) =>
  new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
const DIGITS = /[$€£]\s?\d|\b\d[\d,.]*\b/;

export function hasQuantity(text: string, lex: Lexicon): boolean {
  const { date, year } = lex.dates;
  const withoutDates = text.replace(withGlobal(date), " ").replace(withGlobal(year), " ");
  return DIGITS.test(withoutDates) || numberWords(lex).test(withoutDates);
}

export function hasTimeAnchor(text: string, lex: Lexicon): boolean {
  return lex.dates.timeAnchor.test(text);
}

/** Capitalised names (places, people, organisations, laws), minus those in `ignore`. */
export function namedEntities(text: string, lex: Lexicon, ignore: RegExp[] = []): string[] {
  let masked = text;
  for (const re of ignore)
    masked = masked.replace(new RegExp(re.source, "g"), (m) => " ".repeat(m.length));
  const found = masked.match(/\b[A-Z][\p{L}’'.-]+(?:\s+(?:of\s+)?[A-Z][\p{L}’'.-]+)*/gu) ?? [];
  return [
    ...new Set(found.filter((w) => !speakerMentions(lex).isCommonCapitalised(w.split(/\s+/)[0]!))),
  ];
}
