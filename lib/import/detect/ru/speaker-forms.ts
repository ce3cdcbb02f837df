// The speaker as a Russian text names them: their name and aliases in every case ("Викторов",
// "Викторова", "Викторову"), job-title aliases ("посол", "российский дипломат") and the gender
// their verbs and pronouns agree with. A SpeakerRef whose name is Latin ("Anatoly Viktorov")
// is read through its Cyrillic aliases.
import countries from "world-countries";
import type { Lexicon } from "../../lexicon";
import type { SpeakerRef } from "../types";
import { B, caseForms, E, phraseForms } from "./word-forms";

export type Gender = "m" | "f";

export interface RuSpeaker {
  /** Any case form of the name, a name part or a person alias. */
  name: RegExp;
  /** Nominative forms exactly as written: the subject of a speech verb. */
  nominative: RegExp;
  /** Job-title aliases in any case ("посол", "посла", "дипломату"). */
  role: RegExp | null;
  /** The speaker's country in Russian and its case forms ("России"), to read "посол России". */
  country: RegExp | null;
  /** The title aliases, lowercase ("посол", "глава минтранса"). */
  titles: Set<string>;
  /** Last words of the title aliases as written (nominative): "посол", "дипломат". */
  titleNominatives: Set<string>;
  gender: Gender;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** The generic head of an institution; what it heads is read after it (speech-cues.ts). */
export const HEAD = "глава";

/** "Russia" → "Россия" (world-countries' Russian names). */
export function countryInRussian(country?: string): string | undefined {
  if (!country) return undefined;
  if (CYRILLIC.test(country)) return country;
  const c = countries.find(
    (x) => x.name.common === country || x.name.official === country || x.cca2 === country,
  );
  return c?.translations?.rus?.common;
}

function genderOf(names: string[]): Gender {
  // The full name decides; case forms listed as aliases ("Викторова") do not.
  const full = names.filter((n) => n.includes(" "));
  for (const name of full.length ? full.slice(0, 1) : names.slice(0, 1)) {
    const words = name.split(/\s+/);
    const surname = words[words.length - 1]!;
    // Surnames in -ова/-ева/-ина/-ская and first names in -а/-я are women's (Мария Захарова).
    if (/(?:ова|ева|ина|ская|цкая)$/u.test(surname)) return "f";
    if (
      words.length > 1 &&
      /[ая]$/u.test(words[0]!) &&
      !/^(?:Илья|Никита|Фома|Лука)$/u.test(words[0]!)
    )
      return "f";
  }
  return "m";
}

const anyCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;

/** The speaker's patterns for a Russian article; `roles` adds titles the article introduces them with. */
export function ruSpeaker(speaker: SpeakerRef, lexicon: Lexicon, roles: string[] = []): RuSpeaker {
  const all = [speaker.name, ...speaker.aliases].map((a) => a.trim()).filter(Boolean);
  const cyrillic = all.filter((a) => CYRILLIC.test(a));
  const titleWords = new Set(
    [...Object.keys(lexicon.jobTitles), ...Object.values(lexicon.jobTitles).flat()].map((t) =>
      t.toLowerCase(),
    ),
  );
  const people: string[] = [];
  const titles = new Set<string>(roles);
  for (const a of cyrillic) {
    const lower = a.toLowerCase();
    const last = lower.split(/\s+/).pop()!;
    if (/^\p{Ll}/u.test(a) || titleWords.has(lower) || titleWords.has(last)) titles.add(lower);
    else people.push(a);
  }
  const nameParts = new Set<string>();
  for (const p of people) {
    nameParts.add(p);
    const parts = p.split(/\s+/);
    if (parts.length > 1) nameParts.add(parts[parts.length - 1]!);
  }
  const nameSources = [...nameParts].map((n) => n.split(/\s+/).map(caseForms).join("\\s+"));
  const nominative = [...nameParts].map((n) => n.split(/\s+/).map(anyCase).join("\\s+"));
  const titleSources = [...titles].map((t) =>
    t
      .split(/\s+/)
      .map((w, i, ws) => (i === ws.length - 1 ? caseForms(w) : `${caseForms(w)}`))
      .join("\\s+"),
  );
  const country = countryInRussian(speaker.country);
  const never = /(?!)/u;
  return {
    name: nameSources.length ? new RegExp(`${B}(?:${nameSources.join("|")})${E}`, "gu") : never,
    nominative: nominative.length ? new RegExp(`^(?:${nominative.join("|")})$`, "u") : never,
    role: titleSources.length
      ? new RegExp(
          `${B}(?:${titleSources.sort((a, b) => b.length - a.length).join("|")})${E}`,
          "giu",
        )
      : null,
    country: country ? new RegExp(`${B}${phraseForms(country)}${E}`, "iu") : null,
    titles,
    titleNominatives: new Set([...titles].map((t) => t.split(/\s+/).pop()!)),
    gender: genderOf(people.length ? people : [speaker.name]),
  };
}

/**
 * The clause right before a name, where its title stands. "и" ends it before another person
 * ("министр Лавров и Викторов") but not inside a title ("министр транспорта и автомобильных
 * дорог области Елена Кравцова").
 */
export function clauseBefore(text: string, at: number): string {
  return (
    text
      .slice(Math.max(0, at - 120), at)
      .split(/[.!?«»,;—]|(?<![\p{L}])и(?=\s+\p{Lu}|\s*$)/u)
      .pop() ?? ""
  );
}

/**
 * Titles the article introduces the speaker with ("посол России в Израиле Анатолий Викторов",
 * "Викторов, посол России"), with the lexicon's other words for them ("посол" → "дипломат").
 */
export function introducedRoles(text: string, speaker: SpeakerRef, lexicon: Lexicon): string[] {
  const forms = ruSpeaker(speaker, lexicon);
  const found = new Set<string>();
  const titles = Object.keys(lexicon.jobTitles).map((t) => ({
    title: t,
    re: new RegExp(`${B}${phraseForms(t)}${E}`, "iu"),
  }));
  for (const m of text.matchAll(forms.name)) {
    // The clause right before the name, and an apposition right after it.
    const before = clauseBefore(text, m.index!);
    const after = /^,\s*([^,.;]{0,60})/u.exec(text.slice(m.index! + m[0].length))?.[1] ?? "";
    let nearest: { title: string; at: number } | undefined;
    for (const { title, re } of titles) {
      const at = before.search(re);
      if (at >= 0 && (!nearest || at > nearest.at)) nearest = { title, at };
      else if (!nearest && re.test(after)) nearest = { title, at: -1 };
    }
    if (nearest) {
      found.add(nearest.title);
      for (const alias of lexicon.jobTitles[nearest.title] ?? []) found.add(alias);
      // Whoever holds a title heads something: "глава федерации", "глава ведомства", "глава ФФА".
      found.add(HEAD);
    }
  }
  return [...found];
}
