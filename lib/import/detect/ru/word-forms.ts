// Russian nouns and names change their ending with the case ("Викторов", "Викторова",
// "Викторову", "Викторовым"; "посол", "посла"). A word of the lexicon or of the speaker's name
// becomes one regex source that matches its case forms: the Snowball stemmer (snowball-stemmers)
// gives the stem, and a small rule set of case endings what may follow it.
import { newStemmer } from "snowball-stemmers";

const stemmer = newStemmer("russian");

/** Snowball stem of one lowercase word ("послами" → "посл"). */
export const stemRu = (word: string) => stemmer.stem(word.toLowerCase().replace(/ё/g, "е"));

// Case endings of nouns, adjectives and surnames (singular and plural).
const ENDINGS =
  "а|я|у|ю|ом|ем|ём|ым|им|е|и|ы|ой|ей|ою|ею|ого|его|ому|ему|ых|их|ыми|ими|ами|ями|ам|ям|ах|ях|ов|ев|ую|юю|ая|яя|ое|ее";
const LETTER = "\\p{L}";
/** Word boundaries that work for Cyrillic (`\b` is ASCII-only in JavaScript). */
export const B = `(?<![${LETTER}\\p{N}-])`;
export const E = `(?![${LETTER}\\p{N}-])`;

const cap = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]`;

/**
 * Regex source (use with the `u` flag) matching `word` in any case: the dictionary form, the
 * stem plus a case ending, and a fleeting vowel dropped ("посол" → "посла", "отец" → "отца").
 * The first letter matches either case; the rest is lowercase as written.
 */
export function caseForms(word: string): string {
  const lower = word.toLowerCase();
  if (/[^\p{L}-]/u.test(lower) || lower.length < 3) return `${cap(word)}${escapeRe(word.slice(1))}`;
  const stems = new Set<string>([lower]);
  // Dictionary form minus its final vowel or soft sign ("Анатолий" → "Анатоли", "Израиль" → "Израил").
  stems.add(lower.replace(/[аяоеьй]$/, ""));
  const snow = stemRu(lower);
  if (snow.length >= 3 && lower.startsWith(snow)) stems.add(snow);
  const fleeting = /^(.*[^аеёиоуыэюя])[оеё]([^аеёиоуыэюяьй])$/.exec(lower);
  if (fleeting && lower.length >= 4 && lower.length <= 6) stems.add(`${fleeting[1]}${fleeting[2]}`);
  const alternatives = [...stems]
    .filter((s) => s.length >= 3)
    .sort((a, b) => b.length - a.length)
    .map((s) => `${escapeRe(s.slice(1))}(?:${ENDINGS})?`);
  return `${cap(word)}(?:${alternatives.join("|")})`;
}

/** Regex source for a phrase: each word in its case forms ("глава государства" keeps its genitive). */
export function phraseForms(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  // Only the head (first word) declines in "глава государства", "премьер-министр".
  return [caseForms(words[0]!), ...words.slice(1).map(escapeRe)].join("\\s+");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A whole-word regex over a list of regex sources (Cyrillic-safe boundaries). */
export function wordsRe(sources: string[], flags = "giu"): RegExp {
  const sorted = [...sources].sort((a, b) => b.length - a.length);
  return new RegExp(`${B}(?:${sorted.join("|")})${E}`, flags);
}
