// English number words → digits, only as far as claims need it ("two million", "half a
// million", "$2.7 billion", "twenty-five"). A full NLP library (compromise) does this too but
// costs ~1 ms a sentence; repeat matching runs on every stored claim it compares against.
import { EN } from "../lexicon";

const UNITS = EN.numberUnits;
const SCALES = EN.numberScales;
const ABBREVIATED: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(SCALES)].join("|")})`;
// "two million", "half a million", "twenty-five thousand", "1.5 million", "2bn", "1,000"
const NUMBER_PHRASE = new RegExp(
  `\\b(?:\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:${Object.keys(SCALES).join("|")}|${Object.keys(ABBREVIATED).join("|")})\\b)*|${WORD}(?:(?:\\s+|-)(?:and\\s+)?${WORD})*)\\b`,
  "gi",
);

function parseWords(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== "and");
  // A lone "a"/"an"/"one"… is an article or pronoun, not a figure worth matching on.
  if (words.every((w) => w in UNITS) && words.length === 1 && /^(?:a|an|one|half)$/.test(words[0]!))
    return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if (/^\d/.test(w)) {
      current += Number(w.replace(/,/g, ""));
      seen = true;
    } else if (w in UNITS) {
      // "half a million", "one and a half million": the article next to "half" counts nothing.
      if ((w === "a" || w === "an") && (words[i - 1] === "half" || words[i + 1] === "half"))
        continue;
      current += UNITS[w]!;
      seen = true;
    } else if (w in SCALES || w in ABBREVIATED) {
      const scale = SCALES[w] ?? ABBREVIATED[w]!;
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

/** Replaces each number phrase with its value in digits ("2000000"); other text is unchanged. */
export function numberWordsToDigits(text: string): string {
  return text.replace(NUMBER_PHRASE, (phrase) => {
    const spaced = phrase.replace(/(\d)(?=[a-z])/gi, "$1 ");
    const value = parseWords(spaced);
    return value === null ? phrase : String(Math.round(value * 1000) / 1000);
  });
}
