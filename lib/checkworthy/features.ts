// Feature extraction for the check-worthiness scorer, shared by training and scoring.
// Features are sparse name → value maps. Hand-feature names are "<group>:<detail>"; word
// n-grams are "w:<word>" and "b:<word> <word>"; pairs of cues are "x:<cue>&<cue>" (a model uses
// the families its variant names). Every value is 1 (presence), so a model
// weight reads directly as "how much this cue moves the log-odds".

export type Features = Map<string, number>;

/** Lowercase and split on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const words = (s: string) => new Set(s.split(" "));

// Small hand lexicons; each is a cue that transfers from debates to interviews.
const NUMBER_WORDS = words(
  "hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens half double twice triple percent percentage",
);
const MONEY_WORDS = words(
  "dollar dollars cents budget cost costs spent spend spending paid pay funding money tax taxes",
);
const COMPARATIVES = words(
  "more less fewer than higher lower bigger larger smaller greater better worse faster slower",
);
const SUPERLATIVES = words(
  "most least best worst highest lowest biggest largest smallest greatest fastest first only ever record",
);
const TREND_WORDS = words(
  "increase increased increases decrease decreased decreases rose risen rise fell fall dropped drop grew grown growth doubled tripled cut cuts raised reduced lost gained",
);
const NEGATIONS = words("not never no nothing nobody none neither nor");
const CONTRACTED_NEGATION = words(
  "didn doesn don wasn weren isn aren hasn haven hadn won couldn wouldn shouldn can",
);
const DENIAL_WORDS = words("deny denied denies false untrue lie lies lied fake myth baseless");
const TIME_WORDS = words(
  "ago since yesterday today decade decades century years year months weeks last during until",
);
const OPINION_VERBS = words("think believe feel hope wish guess suppose opinion love hate like");
const FUTURE_WORDS = words("will going gonna plan promise would could should must shall");
const FIRST_PERSON = words("i me my mine myself");
const ATTRIBUTION = words(
  "said says according reported report reports study studies data statistics figures poll polls",
);
const COURTESY = words(
  "thank thanks welcome applause laughter hello congratulations please okay ok yes sir ma am audience",
);
const POLICY_TERMS = words(
  "tax taxes jobs job unemployment economy economic trade deficit debt wages income gdp inflation " +
    "health healthcare obamacare medicare medicaid insurance drug drugs prices " +
    "immigration immigrants illegal border borders wall refugees visa " +
    "military troops army war wars weapons nuclear missile missiles sanctions ceasefire treaty " +
    "terrorism terrorist terrorists isis hamas attack attacks hostages civilians killed " +
    "climate energy oil gas coal emissions crime police guns gun murder " +
    "law laws bill vote voted senate congress president government administration " +
    "country countries nation china russia iran mexico israel ukraine syria nato un",
);

// Tense, third person, evaluation, statistics, absolutes (added with the nested selection).
const PAST_AUXILIARIES = words("was were had did");
const IRREGULAR_PAST = words(
  "said told got went made took gave left lost won became came sent paid spent built knew saw " +
    "began brought bought sold fought thought wrote ran led met put set kept held stood hit",
);
const PERFECT = words("has have had");
const THIRD_PERSON = words("he she his her him they their them");
const EVALUATIVE = words(
  "great tremendous incredible amazing beautiful wonderful fantastic terrible horrible disaster disgrace " +
    "sad bad good nice fine unbelievable ridiculous",
);
const STATISTIC_NOUNS = words(
  "rate rates percent average number numbers level levels total median share record historic",
);
const SPELLED_NUMBERS = words(
  "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety",
);
const ABSOLUTES = words(
  "never always every all everyone everybody nobody nothing anything entire totally",
);
const PRONOUN_START = words("i we you it this that they he she there");

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DECADE = /^\d0s$/;
// Case-sensitive so that "may" and "march" as verbs do not count.
const MONTH_NAME =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b/;

function countCapitalisedNames(text: string): number {
  // Capitalised words that are not sentence-initial, plus acronyms: a crude named-entity cue.
  const raw = text.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  let count = 0;
  for (let i = 1; i < raw.length; i++) {
    const t = raw[i];
    if (t === "I" || t.startsWith("I'")) continue;
    if (/^\p{Lu}/u.test(t)) count++;
  }
  return count;
}

function lengthBucket(n: number): string {
  if (n <= 3) return "1-3";
  if (n <= 7) return "4-7";
  if (n <= 15) return "8-15";
  if (n <= 30) return "16-30";
  return "31+";
}

/** The hand-crafted cues of one sentence, as feature names (each present feature has value 1). */
export function handFeatures(text: string, tokens: string[] = tokenize(text)): string[] {
  const out = new Set<string>();
  const has = (lexicon: Set<string>) => tokens.some((t) => lexicon.has(t));
  const digits = tokens.filter((t) => /\d/.test(t) && !YEAR.test(t));

  if (digits.length > 0) out.add("number:digits");
  if (digits.length > 1) out.add("number:several");
  if (has(NUMBER_WORDS)) out.add("number:magnitude-word");
  if (/%|\bpercent\b/i.test(text)) out.add("number:percent");
  if (/[$€£]\s?\d/.test(text) || has(MONEY_WORDS)) out.add("money:amount-or-budget");
  if (has(COMPARATIVES)) out.add("comparison:comparative");
  if (has(SUPERLATIVES)) out.add("comparison:superlative");
  if (has(TREND_WORDS)) out.add("trend:change-verb");
  if (
    has(NEGATIONS) ||
    tokens.some((t, i) => t === "t" && CONTRACTED_NEGATION.has(tokens[i - 1] ?? ""))
  )
    out.add("denial:negation");
  if (has(DENIAL_WORDS)) out.add("denial:denial-word");
  const names = countCapitalisedNames(text);
  if (names >= 1) out.add("entity:one-name");
  if (names >= 3) out.add("entity:many-names");
  if (tokens.some((t) => YEAR.test(t) || DECADE.test(t))) out.add("time:year");
  if (MONTH_NAME.test(text)) out.add("time:month");
  if (has(TIME_WORDS)) out.add("time:time-word");
  if (has(OPINION_VERBS) && has(FIRST_PERSON)) out.add("opinion:first-person-view");
  if (has(FUTURE_WORDS)) out.add("opinion:future-or-modal");
  if (has(FIRST_PERSON)) out.add("person:first-person");
  if (tokens.includes("you") || tokens.includes("your")) out.add("person:second-person");
  if (has(ATTRIBUTION)) out.add("attribution:source-word");
  if (has(POLICY_TERMS)) out.add("policy:term");
  if (has(COURTESY)) out.add("courtesy:greeting-or-thanks");
  if (text.includes("?")) out.add("question:mark");
  if (/^[\s([]*(applause|laughter|crosstalk|inaudible)/i.test(text))
    out.add("courtesy:stage-direction");
  out.add(`length:${lengthBucket(tokens.length)}`);

  if (
    has(PAST_AUXILIARIES) ||
    has(IRREGULAR_PAST) ||
    tokens.some((t) => t.length > 4 && t.endsWith("ed"))
  )
    out.add("tense:past");
  if (
    tokens.some(
      (t, i) =>
        PERFECT.has(t) &&
        /^(?:\p{L}{3,}ed|been|done|made|had|seen|gone|lost|won|given|taken)$/u.test(
          tokens[i + 1] ?? "",
        ),
    )
  )
    out.add("tense:perfect");
  if (has(THIRD_PERSON)) out.add("person:third-person");
  if (has(EVALUATIVE)) out.add("opinion:evaluative");
  if (has(STATISTIC_NOUNS)) out.add("number:statistic-noun");
  if (
    tokens.some(
      (t, i) =>
        SPELLED_NUMBERS.has(t) &&
        (NUMBER_WORDS.has(tokens[i + 1] ?? "") ||
          /^(?:percent|years?|times|people|jobs|dollars|months|days)$/.test(tokens[i + 1] ?? "")),
    )
  )
    out.add("number:spelled-quantity");
  if (has(ABSOLUTES)) out.add("comparison:absolute");
  if (tokens.some((t, i) => (t === "than" && i > 0) || (t === "as" && tokens[i + 2] === "as")))
    out.add("comparison:than");
  if (PRONOUN_START.has(tokens[0] ?? "")) out.add("form:pronoun-start");
  return [...out];
}

/** All features of one sentence: word unigrams, bigrams and hand cues. */
export function extractFeatures(text: string): Features {
  const tokens = tokenize(text);
  const features: Features = new Map();
  for (const t of tokens) features.set(`w:${t}`, 1);
  for (let i = 1; i < tokens.length; i++) features.set(`b:${tokens[i - 1]} ${tokens[i]}`, 1);
  const hand = handFeatures(text, tokens);
  for (const f of hand) features.set(f, 1);
  // Pairs of cues ("a number about the past", "a question in the second person"): still
  // generic, so they transfer where word n-grams are memorised.
  const cues = hand.filter((f) => !f.startsWith("length:")).sort();
  for (let i = 0; i < cues.length; i++)
    for (let j = i + 1; j < cues.length; j++) features.set(`x:${cues[i]}&${cues[j]}`, 1);
  return features;
}

/** Human-readable name of the group a feature belongs to (used for `reasons`). */
export const GROUP_LABELS: Record<string, string> = {
  number: "number",
  money: "money or budget",
  comparison: "comparison",
  trend: "change over time",
  denial: "denial",
  entity: "named entity",
  time: "time anchor",
  opinion: "opinion marker",
  person: "first or second person",
  attribution: "cites a source",
  policy: "policy term",
  courtesy: "courtesy or stage direction",
  question: "question",
  length: "sentence length",
  x: "combination of cues",
  tense: "past tense",
  form: "sentence form",
  w: "wording",
  b: "wording",
};

export function featureGroup(name: string): string {
  return name.slice(0, name.indexOf(":"));
}
