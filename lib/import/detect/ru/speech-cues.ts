// Who speaks in a Russian sentence: the speaker (any case of their name, or a title alias),
// a pronoun ("он", "по её словам") or someone else, and the speech verbs, in either order
// ("Викторов заявил", "— заявил посол", "как сообщил РИА Новости Викторов", "по словам посла").
import type { Lexicon } from "../../lexicon";
import { maskQuotes } from "../quote-state";
import { HEAD, type RuSpeaker, type Gender } from "./speaker-forms";
import countries from "world-countries";
import { B, caseForms, E, stemRu } from "./word-forms";

export type Who = "speaker" | "pronoun" | "other";

export interface RuMention {
  who: Who;
  start: number;
  end: number;
  /** A subject can only be nominative: "Викторов заявил", not "Викторову сказали". */
  nominative: boolean;
  gender?: Gender;
}

export interface RuCue {
  who: Who;
  gender?: Gender;
  at: number;
}

const PRONOUNS: Record<string, { gender: Gender; nominative: boolean }> = {
  он: { gender: "m", nominative: true },
  она: { gender: "f", nominative: true },
  его: { gender: "m", nominative: false },
  него: { gender: "m", nominative: false },
  ему: { gender: "m", nominative: false },
  нему: { gender: "m", nominative: false },
  им: { gender: "m", nominative: false },
  ним: { gender: "m", nominative: false },
  её: { gender: "f", nominative: false },
  ее: { gender: "f", nominative: false },
  неё: { gender: "f", nominative: false },
  нее: { gender: "f", nominative: false },
  ей: { gender: "f", nominative: false },
  ней: { gender: "f", nominative: false },
};
const PRONOUN = new RegExp(`${B}(?:${Object.keys(PRONOUNS).join("|")})${E}`, "giu");
const CAPITALISED = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;
// "по словам Викторова", "по его мнению", "по оценке посла": the person after the frame speaks.
const FRAME = new RegExp(
  `${B}(?:по\\s+(?:(?:его|её|ее|их)\\s+)?(?:словам|мнению|оценке|оценкам|утверждению|признанию|убеждению|данным)|как\\s+(?:считает|полагает|отмечает|говорит)|согласно)${E}\\s*`,
  "giu",
);

const ACRONYM_STATES = new Set([
  "США",
  "ЕС",
  "ООН",
  "НАТО",
  "ФРГ",
  "КНР",
  "КНДР",
  "ОАЭ",
  "Евросоюза",
]);
const COUNTRY_STEMS = new Set(
  countries
    .map((c) => c.translations?.rus?.common)
    .filter((n): n is string => !!n && !n.includes(" "))
    .map(stemRu),
);
/** A country (in any case) or an international body: "посол США", "министр Израиля". */
export const isForeignPlace = (word: string) =>
  ACRONYM_STATES.has(word) || COUNTRY_STEMS.has(stemRu(word));

/**
 * "Минэнерго", "МЧС", "Госдумы": the speaker's own institution after their title. A surname
 * ("Лавров"), a full name or a foreign state is someone else's title.
 */
function ownInstitution(qualifier: string): boolean {
  if (qualifier.includes(" ") || isForeignPlace(qualifier)) return false;
  return !/^\p{Lu}\p{Ll}+$/u.test(qualifier) || /^(?:Мин|Гос|Рос|Фед)/u.test(qualifier);
}

export interface RuCueReader {
  mentions(masked: string): RuMention[];
  cues(sentence: string): RuCue[];
}

export function ruCueReader(speaker: RuSpeaker, lexicon: Lexicon): RuCueReader {
  const notNames = new Set(lexicon.notNames);
  const verb = new RegExp(`${B}(?:${lexicon.speechVerbs.join("|")})${E}`, "giu");
  const participle = new RegExp(`${B}(?:${lexicon.speechParticiples.join("|")})${E}`, "giu");
  const roleWords = [
    ...Object.keys(lexicon.jobTitles),
    ...Object.values(lexicon.jobTitles).flat(),
    ...lexicon.roleNouns,
  ].filter((t) => !t.includes(" "));
  const otherRole = new RegExp(
    `${B}(?:${[...new Set(roleWords)].map(caseForms).join("|")})${E}`,
    "giu",
  );

  // "глава государства", "глава правительства": titles of their own, unless they are the speaker's.
  const headTitles = Object.values(lexicon.jobTitles)
    .flat()
    .map((t) => t.toLowerCase())
    .filter((t) => t.startsWith(`${HEAD} `) && !speaker.titles.has(t));
  const otherHeadTitle = (title: string, rest: string) => {
    if (title.toLowerCase() !== HEAD) return false;
    const next = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
    return !!next && headTitles.some((t) => t === `${HEAD} ${next}`);
  };

  function mentions(masked: string): RuMention[] {
    const out: RuMention[] = [];
    for (const m of masked.matchAll(speaker.name)) {
      out.push({
        who: "speaker",
        start: m.index!,
        end: m.index! + m[0].length,
        nominative: speaker.nominative.test(m[0]),
        gender: speaker.gender,
      });
    }
    if (speaker.role) {
      for (const m of masked.matchAll(speaker.role)) {
        let end = m.index! + m[0].length;
        // "посол России" is the speaker; "посол США Джек Лью" is not.
        const next = /^\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(masked.slice(end));
        const qualifier = next?.[1];
        // "глава Минэнерго" is the speaker; "посол США", "министр Лавров" are someone else,
        // and so is "глава государства" when that is another title than the speaker's.
        const own =
          (!qualifier ||
            speaker.country?.test(qualifier) ||
            new RegExp(speaker.name.source, "u").test(qualifier) ||
            ownInstitution(qualifier)) &&
          !otherHeadTitle(m[0], masked.slice(end));
        // The institution belongs to the title: "глава Минэнерго" is one mention, not two.
        if (own && next) end += next[0].length;
        out.push({
          who: own ? "speaker" : "other",
          start: m.index!,
          end,
          // Titles are nominative in their dictionary form ("посол", "дипломат").
          nominative: speaker.titleNominatives.has(m[0].toLowerCase().split(/\s+/).pop()!) || !own,
          gender: speaker.gender,
        });
      }
    }
    for (const m of masked.matchAll(PRONOUN)) {
      const p = PRONOUNS[m[0].toLowerCase()]!;
      out.push({ who: "pronoun", start: m.index!, end: m.index! + m[0].length, ...p });
    }
    const taken = (s: number, e: number) => out.some((m) => s < m.end && m.start < e);
    for (const m of masked.matchAll(otherRole)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (!taken(s, e)) out.push({ who: "other", start: s, end: e, nominative: true });
    }
    for (const m of masked.matchAll(CAPITALISED)) {
      let s = m.index!;
      let text = m[0];
      // "В Кремле", "По словам": sentence starters and prepositions are not names.
      while (text && notNames.has(text.split(/\s+/)[0]!)) {
        const first = text.split(/\s+/)[0]!;
        const rest = text.slice(first.length).trimStart();
        s += text.length - rest.length;
        text = rest;
      }
      if (!text) continue;
      const e = s + text.length;
      if (!taken(s, e)) out.push({ who: "other", start: s, end: e, nominative: true });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  function cues(sentence: string): RuCue[] {
    const masked = maskQuotes(sentence);
    const ms = mentions(masked);
    const cues: RuCue[] = [];
    const subjectOf = (m: RuMention | undefined): RuCue | null =>
      m ? { who: m.who, gender: m.gender, at: m.start } : null;
    for (const v of masked.matchAll(verb)) {
      const at = v.index!;
      const after = at + v[0].length;
      const gender: Gender | undefined = /а$/u.test(v[0])
        ? "f"
        : /л$/u.test(v[0])
          ? "m"
          : undefined;
      const before = masked.slice(0, at).trimEnd();
      // "…», — заявил Викторов", "Как сообщил посол, …", "Ситуация сложная, заявил он": subject after.
      const inverted = before === "" || /(?:[,:»"—–-]|как)$/iu.test(before);
      const clauseEnd = after + (/[,.;:!?—–]/u.exec(masked.slice(after))?.index ?? masked.length);
      const clauseStart = Math.max(
        0,
        ...[...before.matchAll(/[,.;:!?—–«»]|(?<![\p{L}])(?:что|чтобы|и)(?![\p{L}])/gu)].map(
          (m) => m.index! + m[0].length,
        ),
      );
      const fits = (m: RuMention) =>
        m.nominative && (m.who !== "pronoun" || !gender || m.gender === gender);
      let subject: RuMention | undefined;
      if (inverted) {
        const within = ms.filter((m) => m.start >= after && m.start <= clauseEnd && fits(m));
        subject = within.find((m) => m.who !== "other") ?? within[0];
      }
      if (!subject) {
        subject = ms.filter((m) => m.end <= at && m.start >= clauseStart && fits(m)).pop();
      }
      // "Об этом заявил губернатор …", "В интервью ТАСС рассказал X": after an adverbial the
      // subject follows the verb.
      if (!subject && !ms.some((m) => m.end <= at && m.start >= clauseStart && m.nominative)) {
        const within = ms.filter((m) => m.start >= after && m.start <= clauseEnd && fits(m));
        subject = within.find((m) => m.who !== "other") ?? within[0];
      }
      // "Викторов, отвечая на вопрос журналиста, заявил": the subject before the apposition.
      if (!subject) subject = ms.filter((m) => m.end <= at && at - m.end <= 90 && fits(m)).pop();
      const cue = subjectOf(subject);
      if (cue)
        cues.push({ ...cue, gender: subject?.who === "pronoun" ? subject.gender : gender, at });
    }
    for (const p of masked.matchAll(participle)) {
      const subject = ms.filter((m) => m.end <= p.index! && m.nominative).pop();
      const cue = subjectOf(subject);
      if (cue) cues.push({ ...cue, at: p.index! });
    }
    for (const f of masked.matchAll(FRAME)) {
      const at = f.index!;
      const own = /(?:его|её|ее)/iu.exec(f[0]);
      if (own) {
        const p = PRONOUNS[own[0].toLowerCase()]!;
        cues.push({ who: "pronoun", gender: p.gender, at });
        continue;
      }
      const next = ms.find((m) => m.start >= at + f[0].length && m.start <= at + f[0].length + 2);
      if (next) cues.push({ who: next.who, gender: next.gender, at });
    }
    return cues.sort((a, b) => a.at - b.at);
  }

  return { mentions, cues };
}
