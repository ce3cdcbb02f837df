// Which sentences of a Russian article are the speaker's: interview answers (dash turns,
// "Вопрос:"/"Ответ:" labels), quotations and reported speech tagged with their name in any case,
// a title alias or a pronoun that refers to them, whole «…» quotations over several sentences,
// and up to two untagged follow-on sentences of a reported paragraph. The same rules as the
// English attributeSentences, read with Russian cues.
import type { Lexicon } from "../../lexicon";
import type { AttributedSentence } from "../attribute";
import { qaRoles } from "../qa-structure";
import { readTurn } from "../turns";
import { closedQuoteSpans, maskQuotes } from "../quote-state";
import { MAX_CONTINUATION } from "../thresholds";
import type { Attribution, Paragraph, Sentence, SpeakerRef } from "../types";
import type { RuSpeaker } from "./speaker-forms";
import { ruCueReader, type RuCue, type RuMention } from "./speech-cues";

type Person = "speaker" | "other";

// «Известиям», «Газпром»: a title in quotation marks is not a quotation; words said are.
const hasQuote = (s: string) =>
  closedQuoteSpans(s).some((q) => s.slice(q.start, q.end).split(/\s+/).length >= 3) ||
  /^[^«»]*»/.test(s) ||
  /«[^»]*$/.test(s);
/** The end of a quotation opened in an earlier sentence is the speaker's words, not narration. */
const withoutCarriedQuote = (raw: string, inQuote: boolean) => {
  const close = inQuote ? raw.search(/[»"”]/) : -1;
  return close < 0 ? raw : " ".repeat(close + 1) + raw.slice(close + 1);
};
const opensQuote = (s: string) => /^[«"“„]/.test(s);
/** "Об этом заявил …", "Об этом сообщила …": an attribution of what came before it. */
const POINTS_BACK = /^[\s—–-]*об\s+этом(?![\p{L}])/iu;

export function attributeSentencesRu(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  speaker: SpeakerRef,
  forms: RuSpeaker,
  lexicon: Lexicon,
): AttributedSentence[] {
  const roles = qaRoles(text, paragraphs, speaker, lexicon);
  const reader = ruCueReader(forms, lexicon);
  let last: Person | null = null;
  const resolve = (cue: RuCue): Person | null => {
    if (cue.who !== "pronoun") return cue.who;
    if (last === "speaker" && cue.gender && cue.gender !== forms.gender) return "other";
    return last;
  };
  // "он" refers to a person: the speaker, a role ("министр") or a full name, not "Москва".
  const notice = (ms: RuMention[], raw: string) => {
    for (const m of ms) {
      if (m.who === "speaker") last = "speaker";
      else if (m.who === "other" && /\s|^\p{Ll}/u.test(raw.slice(m.start, m.end))) last = "other";
    }
  };

  const unitOf = new Map<Sentence, number>();
  let unit = 0;
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    const continuesQuote =
      prev?.inQuoteAtEnd &&
      (prev.paragraph === s.paragraph || opensQuote(text.slice(s.start, s.end)));
    unitOf.set(s, continuesQuote ? unit : ++unit);
  });

  const own = new Map<Sentence, Person | null>();
  const attributionOnly = new Set<Sentence>();
  const unitWho = new Map<number, Person>();
  for (const s of sentences) {
    const role = roles[s.paragraph]!;
    if (role.role !== "none") {
      own.set(s, role.role === "answer" ? "speaker" : "other");
      if (role.role === "answer") last = "speaker";
      continue;
    }
    const raw = withoutCarriedQuote(text.slice(s.start, s.end), s.inQuoteAtStart);
    const masked = maskQuotes(raw);
    const mentions = reader.mentions(masked);
    let who: Person | null = null;
    for (const cue of reader.cues(raw)) {
      notice(
        mentions.filter((m) => m.end <= cue.at),
        masked,
      );
      who = resolve(cue);
      if (who) break;
    }
    notice(mentions, masked);
    if (who) last = who;
    own.set(s, who);
    // "Об этом заявил губернатор X": the sentences before it in the paragraph are what X said;
    // the attribution itself says nothing to check.
    if (who === "speaker" && POINTS_BACK.test(masked)) {
      attributionOnly.add(s);
      for (let j = sentences.indexOf(s) - 1; j >= 0; j--) {
        const prev = sentences[j]!;
        if (prev.paragraph !== s.paragraph || own.get(prev)) break;
        own.set(prev, "speaker");
      }
    }
    if (who && !unitWho.has(unitOf.get(s)!)) unitWho.set(unitOf.get(s)!, who);
  }

  const namesSpeaker = (body: string) =>
    reader.mentions(maskQuotes(body)).some((m) => m.who === "speaker");
  const firstQuestion = roles.findIndex((r) => r.role === "question");
  const result: AttributedSentence[] = [];
  let lastPara = -1;
  let lastOwn: { who: Person | null; paragraph: number } = { who: null, paragraph: -1 };
  let continued = 0;
  for (const s of sentences) {
    const role = roles[s.paragraph]!;
    const raw = text.slice(s.start, s.end);
    if (s.paragraph !== lastPara) continued = 0;
    lastPara = s.paragraph;
    if (role.role === "answer") {
      // A plain paragraph between dash turns that names the speaker is the reporter's narration.
      const paragraph = paragraphs[s.paragraph]!;
      const body = text.slice(paragraph.start, paragraph.end);
      if (!/^[—–-]/.test(body) && !readTurn(body).label && namesSpeaker(body)) continue;
      result.push({ ...s, attribution: "qa-answer", context: role.question });
      continue;
    }
    if (role.role === "question") continue;
    let who = own.get(s) ?? unitWho.get(unitOf.get(s)!) ?? null;
    let attribution: Attribution = hasQuote(raw) || s.inQuoteAtStart ? "direct-quote" : "reported";
    if (!who && lastOwn.who === "speaker" && continued < MAX_CONTINUATION) {
      const sameParagraph = lastOwn.paragraph === s.paragraph;
      const quoteAfterQuote = opensQuote(raw) && lastOwn.paragraph === s.paragraph - 1;
      const aboutSpeaker = reader.mentions(raw).some((m) => m.who === "speaker");
      if ((sameParagraph || quoteAfterQuote) && !aboutSpeaker) {
        who = "speaker";
        continued++;
        if (attribution === "reported") attribution = "reported-continuation";
        else unitWho.set(unitOf.get(s)!, "speaker");
      }
    } else if (own.get(s)) continued = 0;
    if (who !== null || own.get(s) !== undefined) lastOwn = { who, paragraph: s.paragraph };
    const standfirst =
      firstQuestion >= 0 && s.paragraph < firstQuestion && attribution !== "direct-quote";
    if (who === "speaker" && !attributionOnly.has(s))
      result.push({
        ...s,
        attribution,
        ...(standfirst ? { standfirst } : {}),
        ...(attribution === "direct-quote" ? { quotation: unitOf.get(s)! } : {}),
      });
  }
  return result;
}
