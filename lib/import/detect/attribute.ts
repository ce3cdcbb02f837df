import { escapeRegExp } from "./escape-regexp";
import { isFirstPersonProse } from "./authored";
import type { Lexicon } from "../lexicon";
import { qaRoles } from "./qa-structure";
import { personNames } from "./person-names";
import { speechPatterns } from "./speech-verbs";
import { speakerMentions, type Mention } from "./speaker-mentions";
import { speechCues, type SpeechCue } from "./speech-attribution";
import { closedQuoteSpans, maskQuotes } from "./quote-state";
import type { Attribution, Paragraph, Sentence, SpeakerRef } from "./types";
import { MAX_CONTINUATION } from "./thresholds";

export interface AttributedSentence extends Sentence {
  attribution: Attribution;
  context?: string;
  /** Reporter's paraphrase ahead of an interview transcript: the answers say it verbatim. */
  standfirst?: boolean;
  /** Sentences inside one pair of quotation marks share this number. */
  quotation?: number;
}

type Person = "speaker" | "other";

/**
 * Pronoun resolution: "he"/"she" is the last person mentioned by name or title (the speaker, or
 * a person other than the speaker), unless the pronoun does not fit the speaker's.
 */
class Discourse {
  last: Person | null = null;
  speakerPronoun: string | null = null;
  /** What "he"/"she" is for the other person named last, once a tag told. */
  otherPronoun: string | null = null;

  constructor(private people: Set<string>) {}

  /** Moves "he"/"she" to the person the mentions name last ("Mr Reid", "the minister", "Gordon Baird"). */
  notice(mentions: Mention[], sentence: string): void {
    for (const m of mentions) {
      if (m.who === "speaker") this.last = "speaker";
      else if (m.who === "other" && this.isPerson(sentence.slice(m.start, m.end))) {
        this.last = "other";
        this.otherPronoun = null;
      } else if (m.who === "pronoun") {
        // "She is sceptical about that." after a man's quote: "she" is the speaker again.
        const p = this.normalise(m.pronoun!);
        if (p === this.speakerPronoun && this.otherPronoun && p !== this.otherPronoun)
          this.last = "speaker";
        else if (p === this.otherPronoun && this.speakerPronoun && p !== this.speakerPronoun)
          this.last = "other";
      }
    }
  }

  private isPerson(name: string): boolean {
    // "the analyst", "a spokesman"; not "the Consulate General"
    if (/^(?:an?|the)\s/i.test(name)) return /\s[a-z]+$/.test(name);
    return this.people.has(
      name
        .split(/\s+/)
        .pop()!
        .replace(/[’']s$/, ""),
    );
  }

  resolve(cue: SpeechCue): Person | null {
    if (cue.who !== "pronoun") return cue.who;
    const p = this.normalise(cue.pronoun!);
    if (this.last === "speaker" && this.speakerPronoun && this.speakerPronoun !== p) return "other";
    if (
      this.last === "other" &&
      this.otherPronoun &&
      this.otherPronoun !== p &&
      this.speakerPronoun === p
    )
      return "speaker";
    if (this.last === "speaker") this.speakerPronoun ??= p;
    if (this.last === "other") this.otherPronoun = p;
    return this.last;
  }

  private normalise(pronoun: string): string {
    return pronoun === "him" || pronoun === "his" ? "he" : pronoun === "her" ? "she" : pronoun;
  }
}

/** The sentence with the quoted words before its first closing mark blanked. */
function maskOpenQuote(sentence: string): string {
  const close = sentence.search(/[”"’]\s*(?:[,.;:!?]|$|\s)/);
  return close < 0
    ? " ".repeat(sentence.length)
    : " ".repeat(close + 1) + sentence.slice(close + 1);
}

const hasQuote = (s: string) => closedQuoteSpans(s).length > 0 || /["“”]/.test(s);

/** "Ms Thornbury" → she, "Mr Reid" → he: what "he"/"she" must be to mean the speaker. */
function pronounFromHonorific(text: string, speaker: SpeakerRef): string | null {
  const surname = escapeRegExp(speaker.name.trim().split(/\s+/).pop()!);
  const m = new RegExp(`\\b(Mr|Mrs|Ms|Miss)\\.?\\s+${surname}\\b`).exec(text);
  return m ? (m[1] === "Mr" ? "he" : "she") : null;
}

/**
 * Decides which sentences are the speaker's: interview answers, quotes and reported speech
 * tagged with the speaker's name or a pronoun that refers to them, whole quotations spanning
 * several sentences or paragraphs, and up to two untagged follow-on sentences of a reported
 * paragraph. Questions, narration and other people's words are dropped.
 */
export function attributeSentences(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  speaker: SpeakerRef,
  lex: Lexicon,
): AttributedSentence[] {
  const { findMentions, speakerPatterns } = speakerMentions(lex);
  const roles = qaRoles(text, paragraphs, speaker, lex);
  const patterns = speakerPatterns(speaker);
  const discourse = new Discourse(personNames(lex).speakingPeople(text, speechPatterns(lex).verb));
  discourse.speakerPronoun = pronounFromHonorific(text, speaker);
  // Sentences whose subject is the speaker ("Ms Thornbury bristles at the suggestion."): an
  // untagged quotation right after one in the same paragraph is theirs.
  const speakerSubject = new Set(
    sentences.filter((s) => {
      const first = findMentions(maskQuotes(text.slice(s.start, s.end)), patterns)[0];
      return first?.who === "speaker" && first.start <= 4;
    }),
  );
  const own = new Map<Sentence, Person | null>();
  const unitOf = new Map<Sentence, number>();
  let unit = 0;

  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    const raw = text.slice(s.start, s.end);
    const continuesQuote =
      prev?.inQuoteAtEnd && (prev.paragraph === s.paragraph || /^["“]/.test(raw));
    unitOf.set(s, continuesQuote ? unit : ++unit);
  });

  const result: AttributedSentence[] = [];
  const firstQuestion = roles.findIndex((r) => r.role === "question");
  const authored =
    firstQuestion < 0 &&
    !roles.some((r) => r.role === "answer") &&
    isFirstPersonProse(text, paragraphs, sentences, lex);
  // Authored text: the first paragraph in the author's own voice, and what opens a sentence
  // about someone in the third person ("The Minister for …", "He", "She").
  const firstOwnParagraph = authored
    ? (sentences.find((s) => lex.firstPerson.test(maskQuotes(text.slice(s.start, s.end))))
        ?.paragraph ?? 0)
    : 0;
  const thirdPersonOpening = new RegExp(
    String.raw`^(?:(?:The|the)\s+(?:\p{L}+\s+){0,3}?(?:${Object.keys(lex.jobTitles).join("|")})\b|${lex.thirdPerson.subjects.join("|")}\b)`,
    "iu",
  );
  const quotedByOther = (raw: string) => {
    const masked = maskQuotes(raw);
    if (masked === raw) return false;
    const verb = speechPatterns(lex).verb;
    for (const m of masked.matchAll(new RegExp(verb.source, "g"))) {
      const before = masked.slice(0, m.index!).trimEnd();
      if (!lex.firstPerson.test(before.split(/[,;:]/).pop() ?? "")) return true;
    }
    return false;
  };
  const unitWho = new Map<number, Person>();
  let lastPara = -1;
  let lastOwn: { who: Person | null; paragraph: number } = { who: null, paragraph: -1 };
  let continued = 0;

  // Tags usually follow the quote, so resolve every sentence first, then whole quotations.
  for (const s of sentences) {
    const role = roles[s.paragraph]!;
    if (role.role !== "none") {
      own.set(s, role.role === "answer" ? "speaker" : "other");
      if (role.role === "answer") discourse.last = "speaker";
      continue;
    }
    const raw = text.slice(s.start, s.end);
    // "Nobody on the board had told the fans.”": words still inside a quotation tag nobody.
    const spoken = s.inQuoteAtStart ? maskOpenQuote(raw) : raw;
    const cues = speechCues(spoken, patterns, lex);
    const mentions = findMentions(maskQuotes(raw), patterns);
    let who: Person | null = null;
    for (const cue of cues) {
      // "he"/"she" is the person mentioned last before it: this sentence's names first.
      discourse.notice(
        mentions.filter((m) => m.end <= cue.at),
        raw,
      );
      who = discourse.resolve(cue);
      if (who) break;
    }
    // Who "he"/"she" at the start means is decided before this sentence's own mentions ("He is
    // … a former mayor of …": the predicate names nobody new).
    const lastBefore = discourse.last;
    discourse.notice(mentions, raw);
    if (who) discourse.last = who;
    // "She is also blunt about what went wrong." then an untagged quotation: hers, as with her name.
    const first = mentions[0];
    if (
      !who &&
      first?.who === "pronoun" &&
      first.start <= 4 &&
      lastBefore === "speaker" &&
      (!discourse.speakerPronoun || discourse.speakerPronoun === first.pronoun)
    )
      speakerSubject.add(s);
    own.set(s, who);
    if (who && !unitWho.has(unitOf.get(s)!)) unitWho.set(unitOf.get(s)!, who);
  }

  for (const s of sentences) {
    const role = roles[s.paragraph]!;
    const raw = text.slice(s.start, s.end);
    if (s.paragraph !== lastPara) continued = 0;
    lastPara = s.paragraph;
    if (role.role === "answer") {
      result.push({ ...s, attribution: "qa-answer", context: role.question });
      continue;
    }
    if (role.role === "question") continue;
    if (authored) {
      // The author's own prose; quotations they cite and the third-person author note are not.
      const aboutSpeaker = findMentions(maskQuotes(raw), patterns).some((m) => m.who === "speaker");
      // "An environmental group has estimated that …": the author reports someone else; "A
      // former finance minister once told me, “…”": a quotation tagged by someone not "I"/"we".
      const quotesSomeone = own.get(s) === "other" || quotedByOther(raw);
      // "The Minister for Fisheries opened the forum on Tuesday.": the introduction's
      // narration about the author, before their own text starts.
      const introNarration = s.paragraph < firstOwnParagraph && thirdPersonOpening.test(raw);
      if (
        !aboutSpeaker &&
        !quotesSomeone &&
        !introNarration &&
        !s.inQuoteAtStart &&
        !paragraphs[s.paragraph]!.heading
      ) {
        result.push({ ...s, attribution: "authored" });
      }
      continue;
    }
    let who = own.get(s) ?? unitWho.get(unitOf.get(s)!) ?? null;
    let attribution: Attribution = hasQuote(raw) || s.inQuoteAtStart ? "direct-quote" : "reported";
    const prev = sentences[sentences.indexOf(s) - 1];
    if (!who && /^["“]/.test(raw) && prev?.paragraph === s.paragraph && speakerSubject.has(prev))
      who = "speaker";
    // "He is a tall, deliberate man … he smiles." then a paragraph that is one untagged
    // quotation: theirs, when nobody else spoke in between.
    if (
      !who &&
      /^["“]/.test(raw) &&
      prev?.paragraph === s.paragraph - 1 &&
      unitWho.get(unitOf.get(s)!) === undefined
    ) {
      const before = sentences.filter((x) => x.paragraph === s.paragraph - 1);
      if (before.some((x) => speakerSubject.has(x)) && !before.some((x) => own.get(x) === "other"))
        who = "speaker";
    }
    if (!who && lastOwn.who === "speaker" && continued < MAX_CONTINUATION) {
      const sameParagraph = lastOwn.paragraph === s.paragraph;
      const quoteAfterQuote = /^["“]/.test(raw) && lastOwn.paragraph === s.paragraph - 1;
      const aboutSpeaker = findMentions(raw, patterns).some((m) => m.who === "speaker");
      if ((sameParagraph || quoteAfterQuote) && !aboutSpeaker) {
        who = "speaker";
        continued++;
        if (attribution === "reported") attribution = "reported-continuation";
        // A quotation opened here is theirs to its closing mark, however many sentences it runs.
        else unitWho.set(unitOf.get(s)!, "speaker");
      }
    } else if (own.get(s)) continued = 0;
    if (who !== null || own.get(s) !== undefined) lastOwn = { who, paragraph: s.paragraph };
    const standfirst =
      firstQuestion >= 0 && s.paragraph < firstQuestion && attribution !== "direct-quote";
    if (who === "speaker")
      result.push({
        ...s,
        attribution,
        ...(standfirst ? { standfirst } : {}),
        ...(attribution === "direct-quote" ? { quotation: unitOf.get(s)! } : {}),
      });
  }
  return result;
}
