import { maskQuotes } from "./quote-state";
import { type Lexicon, perLexicon } from "../lexicon";
import { speakerMentions, type Mention, type Who } from "./speaker-mentions";
import { speechPatterns } from "./speech-verbs";
import { SPEECH_TAG_WINDOW } from "./thresholds";

export interface SpeechCue {
  who: Who;
  pronoun?: string;
  /** "according to …" and "X said that …" report content; a bare "X said" tags a quote. */
  form: "tag" | "according";
  at: number;
}

function nearestBefore(mentions: Mention[], at: number): Mention | undefined {
  return mentions.filter((m) => m.end <= at && m.end >= at - SPEECH_TAG_WINDOW).pop();
}

/** "… in Glasgow, and found it in worse shape than anyone had admitted": "anyone" is the subject. */
const indefiniteSubject = perLexicon(
  (lex) => new RegExp(`\\b(?:${lex.indefiniteSubjects.join("|")})\\b`),
);

function firstAfter(mentions: Mention[], at: number): Mention | undefined {
  return mentions.find((m) => m.start >= at && m.start <= at + 3);
}

/**
 * "Tomás Echeverría, the governor of the Central Bank of Chile, told …": the subject is the name
 * before the apposition, not the last name inside it.
 */
function appositionSubject(masked: string, mentions: Mention[], at: number): Mention | undefined {
  const before = masked.slice(0, at).trimEnd();
  const apposition = /,[^,]{3,120},\s*(?:(?:also|has|had|later|then|on \w+)\s+)*$/.exec(before);
  if (!apposition) return undefined;
  // "Lahore's police chief, Tariq Awan, says …": the apposition is the name itself.
  const inner = apposition[0].slice(1).replace(/,\s*(?:\w+\s+)*$/, "");
  const innerStart = apposition.index + 1 + (inner.length - inner.trimStart().length);
  const named = mentions.find(
    (m) => m.start === innerStart && m.end >= innerStart + inner.trim().length - 1,
  );
  if (named) return named;
  return nearestBefore(
    mentions.filter((m) => m.end <= apposition.index),
    apposition.index + 1,
  );
}

/**
 * Who is reported as speaking in one sentence. Quoted words are masked first, so
 * "As Minister Lavrov pointed out, …,” Viktorov said" is Viktorov's.
 */
export function speechCues(sentence: string, patterns: RegExp[], lex: Lexicon): SpeechCue[] {
  const { verb, participle, accordingTo } = speechPatterns(lex);
  const masked = maskQuotes(sentence);
  const mentions = speakerMentions(lex).findMentions(masked, patterns);
  const cues: SpeechCue[] = [];
  for (const m of masked.matchAll(verb)) {
    const at = m.index!;
    const before = masked.slice(0, at).trimEnd();
    // Passive "routes were explained" reports no speaker.
    if (/\b(?:was|were|been|be|is|are|being)$/i.test(before)) continue;
    // "Manufacturing added 23,000 jobs": a figure, not speech.
    if (/^\s+(?:[$€£]\s?)?\d/.test(masked.slice(at + m[0].length))) continue;
    // Inverted order after a quote or comma: "…,” said Viktorov" / "contends Duncan Allan".
    const inverted = /[,"”]$/.test(sentence.slice(0, at).trimEnd()) || before === "";
    // "Rui Pacheco, a councillor, said the mayor was …": the apposition's comma is not an
    // inverted tag's; the subject is the name before it.
    const subject =
      appositionSubject(masked, mentions, at) ||
      (inverted && firstAfter(mentions, at + m[0].length + 1)) ||
      nearestBefore(
        mentions.filter((x) => !indefiniteSubject(lex).test(masked.slice(x.end, at))),
        at,
      );
    if (subject) cues.push({ who: subject.who, pronoun: subject.pronoun, form: "tag", at });
  }
  for (const m of masked.matchAll(participle)) {
    const subject = mentions.find((x) => x.end <= m.index!);
    if (subject)
      cues.push({ who: subject.who, pronoun: subject.pronoun, form: "tag", at: m.index! });
  }
  for (const m of masked.matchAll(accordingTo)) {
    const after = m.index! + m[0].length;
    const subject = firstAfter(mentions, after);
    // "according to the embassy's estimates" names no person: leave it to the context.
    if (subject && !/^(?:an?|the)\s/i.test(masked.slice(after))) {
      cues.push({ who: subject.who, pronoun: subject.pronoun, form: "according", at: m.index! });
    } else if (subject?.who === "speaker") {
      cues.push({ who: "speaker", form: "according", at: m.index! });
    }
  }
  return cues.sort((a, b) => a.at - b.at);
}
