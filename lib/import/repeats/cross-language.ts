// The same claim in two languages: a Russian claim and an English one of the same speaker agree
// on their figures ("два миллиона" = 2,000,000 = "two million"; "2 млрд долларов" = "$2
// billion"), their entities (a small bilingual map of the desk's domain words) and their
// polarity (не/нет/никогда vs not/never). Word overlap means nothing across languages, so this
// is what a cross-language repeat is proposed on.
import { stemRu } from "../detect/ru/word-forms";
import { normaliseClaim } from "./normalise-claim";

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;

export const isRussianText = (text: string) =>
  (text.match(CYRILLIC)?.length ?? 0) > (text.match(LETTER)?.length ?? 0) / 2;

// Russian stems (Snowball, or their start) → the English side's token (normaliseClaim's stems).
const ENTITIES: [RegExp, string[]][] = [
  [/^израил/, ["israel"]],
  [/^израильтян/, ["israel"]],
  [/^росс|^российск|^рф$/, ["russia"]],
  [/^русскоязычн/, ["speak", "russia"]],
  [/^хамас/, ["hamas"]],
  [/^сир/, ["syria"]],
  [/^иран/, ["iran"]],
  [/^украин/, ["ukraine"]],
  [/^сша$|^американ|^америк/, ["us"]],
  [/^газ[аеуы]?$/, ["gaza"]],
  [/^путин/, ["putin"]],
  [/^нетаньяху/, ["netanyahu"]],
  [/^москв/, ["moscow"]],
  [/^иерусалим/, ["jerusalem"]],
  [/^пшениц/, ["wheat"]],
  [/^заложник/, ["hostage"]],
  [/^санкц/, ["sanction"]],
  [/^оруж/, ["arm", "weapon"]],
  [/^торгов|^товарооборот/, ["trade"]],
  [/^доллар/, ["dollars"]],
  [/^ленинград/, ["leningrad"]],
  [/^подвор/, ["compound"]],
  [/^осужд|^осуд/, ["condemn"]],
  [/^огранич/, ["restriction"]],
  [/^недружеств|^недружелюб/, ["unfriendly"]],
  [/^зерн/, ["grain"]],
  [/^освобо/, ["releas", "release", "freeing"]],
  [/^поставк|^поставля|^снабжа/, ["supply"]],
  [/^терр?орист|^террор/, ["terrorist", "terrorism"]],
  [/^ядерн/, ["nuclear"]],
  [/^сотрудничеств/, ["cooperation"]],
  [/^деконфликт/, ["deconfliction"]],
  [/^друз/, ["druze"]],
  [/^евре/, ["jewish"]],
  [/^прекращени|^перемири/, ["ceasefire"]],
  [/^лавров/, ["lavrov"]],
  [/^арен/, ["arena"]],
  [/^харкин/, ["kharkin"]],
  [/^труфанов/, ["trufanov"]],
  [/^резолюц/, ["resolution"]],
];
// In nearly every claim of the desk's speaker: they alone say little.
const COMMON = new Set(["russia", "israel"]);
const ENTITY_TOKENS = new Set(ENTITIES.flatMap(([, t]) => t));

const UNITS: [RegExp, number][] = [
  [/^(?:один|одн)/, 1],
  [/^(?:два|две|двух|двум)/, 2],
  [/^(?:три|трех|трёх|трем)$/, 3],
  [/^четыр[её]?х?$|^четыре$/, 4],
  [/^пят[ьи]$/, 5],
  [/^шест[ьи]$/, 6],
  [/^сем[ьи]$/, 7],
  [/^вос[еь]м[ьи]?$/, 8],
  [/^девят[ьи]$/, 9],
  [/^десят[ьи]$/, 10],
  [/^двадцат[ьи]$/, 20],
  [/^тридцат[ьи]$/, 30],
  [/^сорок/, 40],
  [/^пят[ьи]десят/, 50],
  [/^сто$|^ста$/, 100],
  [/^полтор/, 1.5],
];
const SCALES: [RegExp, number][] = [
  [/^(?:тыс\.?|тысяч\p{L}*)$/u, 1e3],
  [/^(?:млн\.?|миллион\p{L}*)$/u, 1e6],
  [/^(?:млрд\.?|миллиард\p{L}*)$/u, 1e9],
  [/^(?:трлн\.?|триллион\p{L}*)$/u, 1e12],
];
const HALF_MILLION = /^пол(?:у)?миллион\p{L}*$/u;

/** Russian figures as numbers: "1,2 млрд" → 1200000000, "двух миллионов" → 2000000, "1 870" → 1870. */
export function russianNumbers(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .replace(/(\d)[\s\u00a0](?=\d{3}(?!\d))/g, "$1")
      .match(/\d+(?:,\d+)?|[\p{L}]+\.?/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (HALF_MILLION.test(w)) {
      out.add("500000");
      continue;
    }
    let value: number | undefined;
    if (/^\d/.test(w)) value = Number(w.replace(",", "."));
    else value = UNITS.find(([re]) => re.test(w))?.[1];
    if (value === undefined) continue;
    const scale = SCALES.find(([re]) => re.test(words[i + 1] ?? ""))?.[1];
    if (scale) i++;
    const n = value * (scale ?? 1);
    // Years are dates, not figures; the English side drops none, so keep them both ways.
    out.add(String(Math.round(n * 1000) / 1000));
  }
  return out;
}

const NEGATION_RU = /(?<![\p{L}])(?:не|нет|никогда|ни|ничего|никаких|никакой)(?![\p{L}])/iu;

export interface CrossLanguageKey {
  numbers: Set<string>;
  entities: Set<string>;
  negated: boolean;
}

/** Figures, entities and polarity of a claim in Russian or English. */
export function crossLanguageKey(text: string): CrossLanguageKey {
  if (isRussianText(text)) {
    const entities = new Set<string>();
    for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
      const stem = stemRu(word);
      for (const [re, tokens] of ENTITIES)
        if (re.test(stem) || re.test(word)) for (const t of tokens) entities.add(t);
    }
    return { numbers: russianNumbers(text), entities, negated: NEGATION_RU.test(text) };
  }
  const n = normaliseClaim(text);
  return {
    numbers: n.numbers,
    entities: new Set([...n.tokens].filter((t) => ENTITY_TOKENS.has(t))),
    negated: n.negated,
  };
}

/**
 * 0..1: the same polarity, the same figures (the fewer side's all in the other) and shared
 * entities. Without figures it takes two shared entities, one of them not Russia or Israel.
 */
export function crossLanguageSimilarity(a: CrossLanguageKey, b: CrossLanguageKey): number {
  if (a.negated !== b.negated) return 0;
  const [few, many] =
    a.numbers.size <= b.numbers.size ? [a.numbers, b.numbers] : [b.numbers, a.numbers];
  if (many.size > 0 && (few.size === 0 || ![...few].every((n) => many.has(n)))) return 0;
  let shared = 0;
  let specific = 0;
  for (const e of a.entities)
    if (b.entities.has(e)) {
      shared++;
      if (!COMMON.has(e)) specific++;
    }
  const union = a.entities.size + b.entities.size - shared;
  const jaccard = union ? shared / union : 0;
  if (few.size > 0) return shared > 0 ? 0.5 + jaccard / 2 : 0.4;
  return shared >= 2 && specific >= 1 ? jaccard : 0;
}

/** At or above this, a claim is proposed as the same claim said in another language. */
export const CROSS_LANGUAGE_THRESHOLD = 0.6;
