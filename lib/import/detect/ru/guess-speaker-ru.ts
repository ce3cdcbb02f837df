// Who a Russian article is about when nobody named the speaker: the person its headline names
// ("Кравцова: …", "Анатолий Викторов: «…»") or its lead introduces with a title ("Министр
// сельского хозяйства Казахстана Ерлан Байжанов рассказал …"), the one mentioned most by
// surname when there are several. In a dash interview that is who answers.
import type { Lexicon } from "../../lexicon";
import type { SpeakerRef } from "../types";
import { clauseBefore } from "./speaker-forms";
import { isForeignPlace } from "./speech-cues";
import { B, caseForms, E, phraseForms } from "./word-forms";

const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// Two or more capitalised words: "Ерлан Байжанов", "Казахстана Ерлан Байжанов".
const NAMES = new RegExp(`${B}${WORD}(?:\\s+${WORD})+${E}`, "gu");
const PATRONYMIC = /(?:вич|вна|ична)$/u;
// "Минэнерго Белоруссии", "Госдума": ministries and institutions, not a first name.
const INSTITUTION =
  /^(?:Мин(?:энерго|строй|строя|транс|фин|обороны|здрав|сельхоз|юст|труд|просвещ|цифр|эконом|природ|спорт|культ|пром|обр|соц)|Госдум)/u;

interface Person {
  first: string;
  surname: string;
  at: number;
}

/** The person in a run of capitalised words: the last two ("Израиле Анатолий Викторов"). */
function personIn(run: string, at: number, notNames: Set<string>): Person | null {
  const words = run.split(/\s+/);
  const surname = words.pop()!;
  let first = words.pop()!;
  // "Анатолий Викторович Викторов" → first name and surname around the patronymic.
  if (PATRONYMIC.test(first) && words.length) first = words.pop()!;
  if (PATRONYMIC.test(surname)) return null;
  for (const w of [first, surname])
    if (notNames.has(w) || isForeignPlace(w) || INSTITUTION.test(w)) return null;
  return { first, surname, at };
}

export function guessSpeakerRu(text: string, lex: Lexicon): SpeakerRef | undefined {
  const notNames = new Set([...lex.notNames, ...lex.organisationWords]);
  const title = new RegExp(
    `${B}(?:${Object.keys(lex.jobTitles).map(phraseForms).join("|")})${E}`,
    "iu",
  );
  const headline = text.trimStart().split("\n")[0] ?? "";
  // "Кравцова: …" names one person by surname in the headline.
  const headlineSurname = /^(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+):/u.exec(headline)?.[1];
  const people: Person[] = [];
  for (const m of text.matchAll(NAMES)) {
    const person = personIn(m[0], m.index!, notNames);
    if (!person) continue;
    const clause = clauseBefore(text, m.index!);
    const titled = title.test(clause) || title.test(m[0]);
    // "Анатолий Викторов: «…»": a headline that gives someone the word.
    const saysInHeadline = m.index! < headline.length && text[m.index! + m[0].length] === ":";
    if (titled || saysInHeadline) people.push(person);
  }
  if (!people.length) return undefined;
  // One person in all their cases: "Байжанов", "Байжановым" share a group.
  const same = (a: string, b: string) =>
    new RegExp(`^${caseForms(a)}$`, "u").test(b) || new RegExp(`^${caseForms(b)}$`, "u").test(a);
  const bySurname = new Map<string, Person[]>();
  for (const p of people) {
    const key = [...bySurname.keys()].find((k) => same(k, p.surname)) ?? p.surname;
    bySurname.set(key, [...(bySurname.get(key) ?? []), p]);
  }
  const ranked = [...bySurname.entries()].map(([key, forms]) => {
    const named = !!headlineSurname && same(key, headlineSurname);
    return {
      key,
      forms,
      named: named || forms[0]!.at < headline.length ? 1 : 0,
      mentions: text.match(new RegExp(`${B}${caseForms(key)}${E}`, "gu"))?.length ?? 0,
      first: forms[0]!.at,
    };
  });
  ranked.sort((a, b) => b.named - a.named || b.mentions - a.mentions || a.first - b.first);
  // The nominative is the shortest form written anywhere ("Байжанов", not "Байжановым").
  const { key } = ranked[0]!;
  const written = [...text.matchAll(NAMES)]
    .map((m) => personIn(m[0], m.index!, notNames))
    .filter(
      (p): p is Person => !!p && same(key, p.surname) && same(ranked[0]!.forms[0]!.first, p.first),
    );
  const best = [...ranked[0]!.forms, ...written].sort(
    (a, b) => a.first.length + a.surname.length - (b.first.length + b.surname.length),
  )[0]!;
  return { name: `${best.first} ${best.surname}`, aliases: [best.surname] };
}
