// For a speaker outside the manifest, the way the article introduces them ("Russian Ambassador
// to Israel Anatoly Viktorov", "Anatoly Viktorov, Russia's ambassador") gives the words it later
// uses for them ("the ambassador noted", "the envoy said") and the country their "we" stands for.
import { escapeRegExp } from "./escape-regexp";
import { type Lexicon, perLexicon } from "../lexicon";
import { personNames } from "./person-names";
import { speechPatterns } from "./speech-verbs";
import type { SpeakerRef } from "./types";

interface Introduction {
  role: string;
  modifiers: string[];
}
export const speakerRoles = perLexicon((lex: Lexicon) => {
  const { isHonorific, isPersonName, organisationNames } = personNames(lex);
  // A title, and the other words reporters use for the same person.
  const ROLE_WORDS = lex.jobTitles;
  /** "prime minister" → "(?:[Pp]rime minister|PRIME MINISTER|Prime Minister)": no `i` flag, so [A-Z] keeps meaning capital. */
  const anyCase = (w: string) => {
    const title = w.replace(/\b\w/g, (c) => c.toUpperCase());
    return `(?:[${w[0]!.toUpperCase()}${w[0]}]${escapeRegExp(w.slice(1))}|${escapeRegExp(w.toUpperCase())}|${escapeRegExp(title)})`;
  };
  const ROLE = Object.keys(ROLE_WORDS)
    .sort((a, b) => b.length - a.length)
    .map(anyCase)
    .join("|");
  // Up to three capitalised words before the title ("Russian", "Russia's", "Deputy Foreign"), then
  // up to two in lower case ("Lahore's police chief", "the state's water commissioner").
  // Never across a line: "… as reservoirs fall\n\nGovernor Ana Sofía Treviño Garza".
  const MODIFIERS = String.raw`((?:[A-Z][\p{L}-]+(?:[’']s)?[ \t]+){0,3}(?:[a-z][\p{L}-]*[ \t]+){0,2})`;
  // Between the title and the name: " to Israel,", " of Foreign Affairs", ",".
  const GAP = String.raw`(?:\s+(?:to|of|for|in|at)\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)?,?`;

  const FUNCTION_WORDS = new Set([
    "the",
    "a",
    "an",
    "and",
    "of",
    "to",
    "for",
    "in",
    "at",
    "who",
    "said",
    "says",
    "told",
    "is",
    "was",
    "with",
    "by",
    "as",
    "from",
    "on",
  ]);

  function introductions(text: string, name: string): Introduction[] {
    // "Ambassador Anatoly Viktorov" or just "Ambassador Viktorov".
    const parts = name.trim().split(/\s+/);
    const n =
      parts.length > 1
        ? `(?:${parts.slice(0, -1).map(escapeRegExp).join("\\s+")}\\s+)?${escapeRegExp(parts.at(-1)!)}`
        : escapeRegExp(name);
    // "Health Minister Dr Neema Mwakyusa": an honorific may stand between title and name.
    const before = new RegExp(
      // "National Police Commissioner General Thandeka Mokoena": a rank may follow the title.
      String.raw`${MODIFIERS}(${ROLE})${GAP}\s+(?:(?:${ROLE})\s+)?(?:(?:${lex.honorifics.join("|")})\.?\s+)?${n}\b`,
      "gu",
    );
    // After the name the words before the title may be lower case: "Yuki Tanaka, Japan's trade minister".
    const after = new RegExp(
      String.raw`\b${n}[,:]\s+(?:the\s+|a\s+)?((?:[\p{L}’'-]+\s+){0,3}?)(${ROLE})\b`,
      "gu",
    );
    const found: Introduction[] = [];
    for (const re of [before, after]) {
      for (const m of text.matchAll(re)) {
        found.push({
          role: m[2]!.toLowerCase().replace(/\s+/g, " "),
          modifiers: m[1]!.trim().split(/\s+/).filter(Boolean),
        });
        // "National Police Commissioner General Thandeka Mokoena": the title before the rank too.
        for (const inner of (m[1] ?? "").matchAll(new RegExp(String.raw`\b(${ROLE})\b`, "gu")))
          found.push({ role: inner[1]!.toLowerCase().replace(/\s+/g, " "), modifiers: [] });
      }
    }
    return found;
  }

  /** Someone else introduced with the same title ("Israeli Ambassador to Russia Simona Halperin"). */
  function sharedWithOthers(text: string, role: string, name: string): boolean {
    const surname = name.split(/\s+/).pop()!;
    const re = new RegExp(
      String.raw`(?:${anyCase(role)})${GAP}\s+(?:(?:${ROLE})\s+)?(?:(?:${lex.honorifics.join("|")})\.?\s+)?([A-Z][\p{L}’'-]+\s+[A-Z][\p{L}’'-]+)`,
      "gu",
    );
    const organisations = organisationNames(text);
    // "the chief constable at the Scottish Police College" names a place, not a second holder.
    return [...text.matchAll(re)].some((m) => {
      const other = m[1]!.replace(/[’']s$/, ""); // "… Mwakyusa's address"
      // "chief, Tariq Mehmood Awan": the first two words of the speaker's own name.
      const own = `${name} `.startsWith(`${other} `);
      return !own && !other.split(/\s+/).includes(surname) && isPersonName(other, organisations);
    });
  }

  /** "Russia's" → Russia; "Russian" → Russia when the article names Russia. */
  function countryFrom(modifiers: string[], text: string): string | undefined {
    for (const word of modifiers) {
      // "Ghana's", not "the country's".
      const possessive = /^(\p{Lu}.*)[’']s$/u.exec(word);
      if (possessive) return possessive[1];
      const stem = (word[0] + word.slice(1).toLowerCase()).replace(/n$/, "");
      if (stem !== word && new RegExp(`\\b${escapeRegExp(stem)}\\b`).test(text)) return stem;
    }
    return undefined;
  }

  /** The words for `name` the article's introduction gives and nobody else in it shares ("mayor"). */
  function ownRoleWords(text: string, name: string): string[] {
    const roles = new Set(introductions(text, name).map((i) => i.role));
    return [...roles]
      .filter((role) => !sharedWithOthers(text, role, name))
      .flatMap((role) => ROLE_WORDS[role] ?? []);
  }

  /**
   * Titles the article uses for someone ("the minister said") without introducing anyone by
   * them: in a story about a titled speaker, the speaker ("Housing Cabinet Secretary Esther
   * Kamau" … "the housing minister said").
   */
  function unclaimedRoleWords(text: string): string[] {
    const used = new Set<string>();
    // "the general public", "the general election": the word as an adjective.
    const re = new RegExp(
      String.raw`\b[Tt]he\s+(?:[a-z]+\s+)?(${ROLE})\b(?!\s+(?:${lex.titleAsAdjectiveBefore.join("|") || "$^"})\b)`,
      "gu",
    );
    for (const m of text.matchAll(re)) used.add(m[1]!.toLowerCase().replace(/\s+/g, " "));
    // "the spokesperson said": someone speaking for a body, not the story's titled speaker.
    return [...used].filter(
      (role) => !introducedWith(text, role) && !lex.proxyRoles.includes(role),
    );
  }

  /** Someone is introduced by name with this title ("Senator Faith Njeri", "Gordon Baird, the senator"). */
  function introducedWith(text: string, role: string): boolean {
    const title = new RegExp(
      String.raw`(?:${anyCase(role)})${GAP}\s+([A-Z][\p{L}’'-]+\s+[A-Z][\p{L}’'-]+)`,
      "gu",
    );
    const apposition = new RegExp(
      String.raw`([A-Z][\p{L}’'-]+\s+[A-Z][\p{L}’'-]+),\s+(?:the\s+|a\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:${anyCase(role)})\b`,
      "gu",
    );
    // "The mayor of Kenema, Sierra Leone’s third-largest city": a place, not a person.
    const organisations = organisationNames(text);
    const person = (name: string) =>
      !/[’']s$/.test(name) && isPersonName(name.replace(/\s+/g, " "), organisations);
    return [...text.matchAll(title), ...text.matchAll(apposition)].some((m) => person(m[1]!));
  }

  /** The speaker with the aliases and country the article's introduction of them implies. */
  const speechVerb = speechPatterns(lex).verb.source;
  const honorific = lex.honorifics.join("|");

  /**
   * Parts of the name other than the last the article refers to them by: "Ms Herrera" (Lucía
   * Herrera Bustamante), "Haris says" (Haris Abdul Rahman, a Malay name), "Mr Haris".
   */
  function namePartsInUse(text: string, name: string): string[] {
    return name
      .split(/\s+/)
      .slice(0, -1)
      .filter((part) => /^\p{Lu}[\p{L}’'-]{2,}$/u.test(part) && !isHonorific(part))
      .filter((part) => {
        const p = escapeRegExp(part);
        return new RegExp(
          `\\b(?:${honorific})\\.?\\s+${p}\\b(?![ \\t]+\\p{Lu})|\\b${p}\\s+(?:also\\s+)?(?:${speechVerb})|(?:${speechVerb})\\s+${p}\\b`,
          "u",
        ).test(text);
      });
  }

  /** How often "the mayor said" / "said the mayor" tags speech. */
  function speaksAsTitle(text: string, role: string): number {
    const title = String.raw`\b[Tt]he\s+(?:[a-z]+\s+){0,2}${role.replace(/\s+/g, "\\s+")}\b`;
    const re = new RegExp(
      String.raw`${title}[^.!?"“”]{0,60}?\b(?:${speechVerb})|(?:${speechVerb})\s+${title}`,
      "g",
    );
    return [...text.matchAll(re)].length;
  }

  function withIntroducedRole(text: string, speaker: SpeakerRef): SpeakerRef {
    const aliases = new Set(speaker.aliases);
    let country = speaker.country;
    const intros = introductions(text, speaker.name);
    for (const { modifiers } of intros) country ??= countryFrom(modifiers, text);
    const ownWords = ownRoleWords(text, speaker.name);
    for (const word of ownWords) aliases.add(`the ${word}`);
    for (const part of namePartsInUse(text, speaker.name)) aliases.add(part);
    // "Housing Cabinet Secretary …" → "the housing cabinet secretary": its words may qualify the title later.
    for (const { modifiers, role } of intros) {
      const nameWords = new Set(speaker.name.toLowerCase().split(/\s+/));
      const words = modifiers
        .map((m) => m.toLowerCase())
        .filter(
          (m) =>
            /^[a-z]+$/.test(m) &&
            !FUNCTION_WORDS.has(m) &&
            !nameWords.has(m) &&
            !role.split(" ").includes(m),
        );
      if (words.length && ownWords.includes(role)) aliases.add(`the ${words.join(" ")} ${role}`);
    }
    // A speaker the article never introduces by title ("The mayor of Kenema … Fatmata Jalloh, who
    // was elected in 2023, told reporters"): a title nobody holds that speaks at least twice.
    for (const word of unclaimedRoleWords(text))
      if (intros.length || speaksAsTitle(text, word) >= 2) aliases.add(`the ${word}`);
    return { ...speaker, aliases: [...aliases], ...(country ? { country } : {}) };
  }

  return { ownRoleWords, withIntroducedRole };
});
