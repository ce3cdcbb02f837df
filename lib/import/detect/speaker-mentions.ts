import { escapeRegExp } from "./escape-regexp";
import { alternation, type Lexicon, perLexicon } from "../lexicon";
import type { SpeakerRef } from "./types";

export type Who = "speaker" | "pronoun" | "other";

export interface Mention {
  who: Who;
  start: number;
  end: number;
  pronoun?: string;
}
export const speakerMentions = perLexicon((lex: Lexicon) => {
  // Job titles that can stand for the speaker ("the ambassador noted") when not qualified by
  // another country ("the US ambassador").
  const ROLE_NOUNS = new RegExp(
    `\\b(${alternation([...Object.keys(lex.jobTitles), ...Object.values(lex.jobTitles).flat(), ...lex.roleNouns])})\\b`,
    "i",
  );
  const NOT_NAMES = new Set(lex.notNames);
  const GENERIC_POSSESSIVES = [
    "state's",
    "state’s",
    "country's",
    "country’s",
    "city's",
    "city’s",
    "nation's",
    "nation’s",
    "government's",
    "government’s",
  ];

  /** A capitalised word that is a sentence starter or calendar word, not a name. */
  const isCommonCapitalised = (word: string) =>
    NOT_NAMES.has(word.replace(/[’']s$/, "")) ||
    /^(?:I|We|You|They|He|She|It|That|There|Let|Here)[’'](?:m|re|ve|ll|d|s)$/.test(word);

  /** "the" → "[Tt]he", so the pattern needs no `i` flag and "[A-Z]" keeps meaning capital. */
  const anyCase = (w: string) =>
    `(?:[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escapeRegExp(w.slice(1))}|${escapeRegExp(w.toUpperCase())})`;

  function countryForms(country?: string): string[] {
    if (!country) return [];
    const forms = [country, `${country}'s`, `${country}’s`];
    if (/ia$/.test(country))
      forms.push(`${country}n`); // Russia → Russian, Australia → Australian
    else if (/y$/.test(country)) forms.push(country.replace(/y$/, "ian"));
    return forms;
  }

  /** Regexes for the speaker's name, its parts and aliases ("the ambassador", "the envoy"). */
  function speakerPatterns(speaker: SpeakerRef): RegExp[] {
    const names = new Set<string>();
    const roles = new Set<string>();
    // Words before a title in the speaker's own aliases ("the housing minister"): "the housing
    // minister" is the speaker, "the foreign minister" is not.
    const roleModifiers = new Set(GENERIC_POSSESSIVES);
    for (const raw of [speaker.name, ...speaker.aliases]) {
      const alias = raw.trim().replace(/^the\s+/i, "");
      if (!alias) continue;
      if (
        /^[a-z]/.test(alias) ||
        (ROLE_NOUNS.test(alias) &&
          alias.split(/\s+/).length <= 3 &&
          /^[a-z]/.test(alias.split(/\s+/).pop()!))
      ) {
        const words = alias.toLowerCase().split(/\s+/);
        roles.add(words.pop()!);
        for (const w of words) if (/^[\p{L}’'-]+$/u.test(w)) roleModifiers.add(w);
        continue;
      }
      names.add(alias);
      const parts = alias.split(/\s+/);
      if (parts.length > 1) names.add(parts[parts.length - 1]!);
    }
    const out: RegExp[] = [];
    if (names.size)
      out.push(new RegExp(`\\b(?:${[...names].map(escapeRegExp).join("|")})\\b`, "g"));
    if (roles.size) {
      const mods = ["the", "our", "this", ...countryForms(speaker.country)].map(anyCase).join("|");
      const role = [...roles].map(anyCase).join("|");
      // "Russia's ambassador to Israel", "the Russian envoy", "the diplomat"
      const modifier = [...roleModifiers].map(anyCase).join("|");
      out.push(
        new RegExp(
          `\\b(?:${mods})\\s+(?:(?:${mods})\\s+)?(?:(?:${modifier})\\s+){0,3}(?:${role})\\b(?:\\s+to\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)?`,
          "g",
        ),
      );
    }
    return out;
  }

  function collect(re: RegExp, text: string, who: Who): Mention[] {
    return [
      ...text.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)),
    ].map((m) => ({
      who,
      start: m.index!,
      end: m.index! + m[0].length,
      pronoun: who === "pronoun" ? m[0].toLowerCase() : undefined,
    }));
  }

  /** "The Scottish Government" → "Scottish Government"; "In March" → nothing. */
  function withoutLeadingNotNames(text: string, m: Mention): Mention[] {
    let start = m.start;
    for (const word of text.slice(m.start, m.end).split(/(?<=\S)(?=\s)/)) {
      if (!NOT_NAMES.has(word.trim().replace(/[’']s$/, ""))) break;
      start += word.length;
    }
    while (start < m.end && /\s/.test(text[start]!)) start++;
    return start < m.end ? [{ ...m, start }] : [];
  }

  /** People mentioned in `text`: the speaker, he/she pronouns and other capitalised names or roles. */
  function findMentions(text: string, patterns: RegExp[]): Mention[] {
    const speaker = patterns.flatMap((re) => collect(re, text, "speaker"));
    const pronouns = collect(/\b(?:he|she|him|her)\b/gi, text, "pronoun");
    const others = [
      ...collect(/\b[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)*/gu, text, "other").flatMap((m) =>
        withoutLeadingNotNames(text, m),
      ),
      ...collect(
        new RegExp(
          `\\b(?:an?|the)\\s+(?:[\\w-]+\\s+)?${ROLE_NOUNS.source.replace(/\\b/g, "")}s?\\b`,
          "gi",
        ),
        text,
        "other",
      ),
    ];
    const overlapsSpeaker = (m: Mention) => speaker.some((s) => m.start < s.end && s.start < m.end);
    return [...speaker, ...pronouns, ...others.filter((m) => !overlapsSpeaker(m))].sort(
      (a, b) => a.start - b.start,
    );
  }

  return { isCommonCapitalised, countryForms, speakerPatterns, findMentions };
});
