import { numberWordsToDigits } from "./number-words";

// Words that carry no substance for "did they say the same thing again": function words,
// hedges ("about", "some") and reporting filler.
const STOPWORDS = new Set(
  (
    "a an the and or but of to in on at by for with from as is are was were be been being it its this that these those " +
    "there their they them he she his her we our us i my you your who whom which what also than then so such " +
    "about around approximately roughly nearly almost some more over least degree extent just very really only " +
    "has have had do does did will would can could may might should must not no " +
    "said says say told according noted stressed added"
  ).split(" "),
);
// Negation changes the substance: keep it as one token so "is" and "is not" differ.
const NEGATIONS = /\b(?:not|no|never|n't|nonsense|untrue|deny|denies|denied)\b/i;

// "citizens of Israel" and "Israelis" are the same people; "Russian speakers" speak Russian.
const PHRASES: [RegExp, string][] = [
  [
    /\b(?:citizens|residents|inhabitants|nationals|people|population)\s+of\s+(?:the\s+)?([A-Z][\p{L}-]+)/gu,
    "$1",
  ],
  [/\b([A-Z][\p{L}-]+)[-\s]speaking\b/gu, "speak $1"],
  [/\b([A-Z][\p{L}-]+)\s+speakers\b/gu, "speak $1"],
  [/\bper\s?cent\b|%/gi, " percent "],
  [/\$\s?([\d.,]+)/g, "$1 dollars "],
  [/\bUS\$|\bUSD\b/g, " dollars "],
];

// Demonyms and plurals reduced to one stem: Israelis, Israeli, Israel → israel.
const KNOWN_PLACES = new Map<string, string>([
  ["israeli", "israel"],
  ["israelis", "israel"],
  ["russian", "russia"],
  ["russians", "russia"],
  ["ukrainian", "ukraine"],
  ["ukrainians", "ukraine"],
  ["american", "us"],
  ["americans", "us"],
  ["iranian", "iran"],
  ["iranians", "iran"],
  ["syrian", "syria"],
  ["syrians", "syria"],
  ["palestinian", "palestine"],
  ["palestinians", "palestine"],
  ["soviet", "ussr"],
  ["chinese", "china"],
]);

function stem(word: string): string {
  const known = KNOWN_PLACES.get(word);
  if (known) return known;
  if (/^\d/.test(word)) return word;
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  return w;
}

export interface NormalisedClaim {
  /** Content stems, numbers as digits. */
  tokens: Set<string>;
  numbers: Set<string>;
  negated: boolean;
}

/** Reduces a claim to what it asserts, so rewordings of one statement compare equal. */
export function normaliseClaim(text: string): NormalisedClaim {
  let t = numberWordsToDigits(text.normalize("NFKC").replace(/[’‘]/g, "'"));
  for (const [pattern, replacement] of PHRASES) t = t.replace(pattern, replacement);
  t = t.toLowerCase();
  const negated = NEGATIONS.test(t);
  const words = t.replace(/'s\b/g, "").match(/\d+(?:\.\d+)?|[\p{L}]+/gu) ?? [];
  const tokens = new Set<string>();
  const numbers = new Set<string>();
  for (const w of words) {
    if (STOPWORDS.has(w)) continue;
    if (/^\d/.test(w)) numbers.add(w);
    tokens.add(stem(w));
  }
  return { tokens, numbers, negated };
}

/**
 * 0..1: how much of the shorter claim the longer one repeats, with the figures agreeing.
 * Different figures or one side negated means a different claim (0).
 */
export function repeatSimilarity(a: NormalisedClaim, b: NormalisedClaim): number {
  if (a.negated !== b.negated) return 0;
  if (a.numbers.size > 0 || b.numbers.size > 0) {
    const [few, many] =
      a.numbers.size <= b.numbers.size ? [a.numbers, b.numbers] : [b.numbers, a.numbers];
    if (few.size === 0 || ![...few].every((n) => many.has(n))) return 0;
  }
  const [small, large] =
    a.tokens.size <= b.tokens.size ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  const containment = shared / small.size;
  const jaccard = shared / (a.tokens.size + b.tokens.size - shared);
  // A claim of three words or fewer is inside too many longer ones: only near-identical counts.
  return small.size < 4 ? jaccard : (containment + jaccard) / 2;
}

/** At or above this, a new claim is recorded as a repeat of an earlier one. */
export const REPEAT_THRESHOLD = 0.6;
