import { EN } from "../lexicon";
import { isCommonCapitalised } from "./speaker-mentions";
// Linguistic cues for check-worthiness and claim type (Full Fact's claim types as a guide).
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DATE = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{4})\\b`,
  "g",
);
const YEAR = /\b(?:1[89]|20)\d{2}(?:s)?\b/g;
const TIME_ANCHOR = new RegExp(
  `${DATE.source}|${YEAR.source}|\\b(?:${MONTH})\\b(?= )|\\b(?:last|next|this|past)\\s+(?:week|month|year|decade|summer|winter|spring|autumn)\\b|\\b(?:since|ago|decades?|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b|\\bthe \\d{1,2}(?:st|nd|rd|th) of\\b`,
);
// Figures spelled out ("two million"); "a", "an", "one" and "half" alone are not figures.
const NUMBER_WORDS = new RegExp(
  `\\b(?:${[...Object.keys(EN.numberUnits).filter((w) => !/^(?:a|an|one|half|zero)$/.test(w)), ...Object.keys(EN.numberScales)].map((w) => `${w}s?`).join("|")}|half a million|percent)\\b`,
  "i",
);
const DIGITS = /[$€£]\s?\d|\b\d[\d,.]*\b/;

export const CUES = {
  denialStrong:
    /\b(?:not true|untrue|nonsense|no facts|deni(?:ed|es)|deny|false|baseless|fabricat\w*|tall tales|speculations?|lies)\b/i,
  negation: /\b(?:not|never|no|none|nothing|neither|nor)\b|n[’']t\b/i,
  causal:
    /\b(?:because|due to|caused?|causes|causing|led to|lead(?:s)? to|result(?:ed)? (?:of|in)|reasons? for|responsib\w+|blame|thanks to|aimed at|contribute to|in order to|prevents?)\b/i,
  comparison:
    /\b(?:more|less|fewer|larger|largest|bigger|biggest|most|least|the only|than|compared|unlike|highest|lowest|record|half)\b/i,
  law: /\b(?:laws?|legal(?:ly)?|illegal|resolution|treat(?:y|ies)|agreements?|obligations?|sanctions?|executive order|decree|court|constitution|convention|JCPOA|NPT|rights|policy)\b/i,
  prediction: /\b(?:will|going to|expects?|forecast|foreseeable future|would be|soon)\b/i,
  opinionStrong:
    /\b(?:I think|I believe|I wish|personally|we believe|in (?:my|our) (?:opinion|view)|we hope|I hope|should|ought to|let me|I advise|I would like|we prefer|it is important|it is necessary|time to|makes? sense)\b/i,
  hedge:
    /\b(?:maybe|perhaps|possibly|I cannot guess|I don[’']t know|not an expert|I am not|you know)\b/i,
  courtesy:
    /\b(?:thank you|thanks|hello|welcome|good (?:morning|evening)|congratulations|rest assured)\b/i,
  firstPersonExperience:
    /\b(?:I am|I[’']m|I was|I feel|I felt|my (?:belief|opinion|view|experience))\b/,
  eventVerb:
    /\b(?:held|visited|signed|released|adopted|condemned|contacted|included|evacuated|activated|shattered|received|met|killed|attacked|launched|established|built|imposed|suspended|transferred|supplied|sent|confirmed|discussed|conveyed|returned|amounted|ceased|purchas\w+|buy\w*|bought|fought|dropped|rose|fell|passed|went into effect|deployed|seized|secured|cut|closed|shut|paid|vaccinated|opened)\b/i,
};

export function hasQuantity(text: string): boolean {
  const withoutDates = text.replace(new RegExp(DATE.source, "g"), " ").replace(YEAR, " ");
  return DIGITS.test(withoutDates) || NUMBER_WORDS.test(withoutDates);
}

export function hasTimeAnchor(text: string): boolean {
  return TIME_ANCHOR.test(text);
}

/** Capitalised names (places, people, organisations, laws), minus those in `ignore`. */
export function namedEntities(text: string, ignore: RegExp[] = []): string[] {
  let masked = text;
  for (const re of ignore)
    masked = masked.replace(new RegExp(re.source, "g"), (m) => " ".repeat(m.length));
  const found = masked.match(/\b[A-Z][\p{L}’'.-]+(?:\s+(?:of\s+)?[A-Z][\p{L}’'.-]+)*/gu) ?? [];
  return [...new Set(found.filter((w) => !isCommonCapitalised(w.split(/\s+/)[0]!)))];
}
