import { readTurn } from "./turns";
import { type Lexicon, perLexicon } from "../lexicon";
import { speakerMentions } from "./speaker-mentions";
import { speechCues } from "./speech-attribution";
import type { Paragraph, SpeakerRef } from "./types";
import { maskQuotes } from "./quote-state";
import { MIN_DASH_QUESTIONS, MIN_DASH_TURNS } from "./thresholds";

export type Role = "question" | "answer" | "none";
export interface QaRole {
  role: Role;
  /** For answers: the question they reply to, without its turn marker. */
  question?: string;
}

const answerLabels = perLexicon((lex) => new RegExp(`^(?:${lex.answerLabels.join("|")})$`, "iu"));
const questionLabels = perLexicon(
  (lex) => new RegExp(`^(?:${lex.questionLabels.join("|")})$`, "iu"),
);

function answersFor(speaker: SpeakerRef): Set<string> {
  const words = [speaker.name, ...speaker.aliases]
    .flatMap((a) => a.split(/\s+/))
    .filter((w) => w.length > 2 && w.toLowerCase() !== "the");
  // Transcripts label turns with initials too: "YD:" for Yasemin Demir, "RQ:" for Rosa Quispe
  // Mamani (a second surname is often left out), "Y.D.".
  const parts = speaker.name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials: string[] = [];
  for (let n = 2; n <= parts.length; n++) {
    initials.push(
      parts
        .slice(0, n)
        .map((w) => w[0]!)
        .join(""),
    );
    initials.push(
      parts
        .slice(0, n)
        .map((w) => `${w[0]}.`)
        .join(""),
    );
  }
  return new Set([...words, ...initials].map((w) => w.toLowerCase()));
}

function isAnswerLabel(label: string, speakerWords: Set<string>, lex: Lexicon): boolean {
  return (
    answerLabels(lex).test(label) ||
    label.split(/\s+/).some((w) => speakerWords.has(w.toLowerCase()))
  );
}

/**
 * Finds interview turns: labelled transcripts ("Q:" / "A:", "JNS:" / "Ambassador:") and dash
 * turns ("— Question?" followed by answer paragraphs). Returns one role per paragraph.
 */
export function qaRoles(
  text: string,
  paragraphs: Paragraph[],
  speaker: SpeakerRef,
  lex: Lexicon,
): QaRole[] {
  const speakerWords = answersFor(speaker);
  const patterns = speakerMentions(lex).speakerPatterns(speaker);
  const body = paragraphs.map((p) => text.slice(p.start, p.end));
  const turns = body.map(readTurn);
  const labelCount = new Map<string, number>();
  turns.forEach((t, i) => {
    if (t.label && !paragraphs[i]!.furniture)
      labelCount.set(t.label, (labelCount.get(t.label) ?? 0) + 1);
  });
  // Labels in capitals ("INSPECTOR MALHOTRA:") mark turns once the transcript uses them twice,
  // so a guest who answers once is still a turn of their own, not the previous answer going on.
  const capitalsTranscript = [...labelCount].some(([l, n]) => n >= 2 && isCapitals(l));
  const transcript = (label?: string) =>
    !!label &&
    ((labelCount.get(label) ?? 0) >= 2 ||
      /^(q|a|question|answer)$/i.test(label) ||
      // "Вопрос:" / "Ответ:" / "Корр.:" mark a turn the first time too.
      (lex.language !== "en" &&
        (answerLabels(lex).test(label) || questionLabels(lex).test(label))) ||
      (capitalsTranscript && isCapitals(label)));
  const labelled = [...labelCount.keys()].filter(transcript);
  const hasAnswers = labelled.some((l) => isAnswerLabel(l, speakerWords, lex));
  const hasQuestions = labelled.some((l) => !isAnswerLabel(l, speakerWords, lex));
  const dashTurns = turns.filter((t, i) => t.dash && !paragraphs[i]!.furniture).length;
  const dashQuestions = turns.filter((t, i) => t.dash && body[i]!.includes("?")).length;
  // Translations often drop the question marks: many dash turns make an interview on their own.
  const dashInterview = dashQuestions >= MIN_DASH_QUESTIONS || dashTurns >= MIN_DASH_TURNS;
  const qaMode = (hasAnswers && hasQuestions) || dashInterview;

  const labelledAnswers = hasAnswers && hasQuestions;
  // Dash interviews alternate: question, answer, question … whether or not a question ends in "?".
  const dashMode = !labelledAnswers && dashInterview;
  let lastDash: Role = "answer";
  let answered = false; // since the last question
  let state: Role = "none";
  let question: string | undefined;
  return paragraphs.map((p, i) => {
    const t = turns[i]!;
    const content = body[i]!.slice(t.markerLength);
    if (!qaMode) return { role: "none" };
    if (p.heading) state = "none";
    if (p.furniture) return { role: "none" };
    // A dash turn asks after an answer, dashed or given in plain paragraphs below the question.
    const asks =
      dashMode && t.dash
        ? lastDash === "answer" || answered
        : (transcript(t.label) && !isAnswerLabel(t.label!, speakerWords, lex)) ||
          (!t.label && !t.dash && content.trimEnd().endsWith("?")) ||
          (t.dash && content.includes("?"));
    if (t.dash) lastDash = asks ? "question" : "answer";
    if (asks) {
      state = "question";
      answered = false;
      question = content
        .trim()
        .replace(/^[*_]+|[*_]+$/g, "")
        .trim(); // markdown emphasis is not part of it
      return { role: "question" };
    }
    // An unlabelled paragraph continues an answer; after a labelled question it is narration
    // ("Halvorsen paused and pulled up a chart."), not the interviewee's words.
    const answers = transcript(t.label)
      ? isAnswerLabel(t.label!, speakerWords, lex)
      : labelledAnswers && !t.dash
        ? state === "answer" && !narrates(content, speakerWords, lex, patterns)
        : state !== "none";
    if (!answers) {
      if (labelledAnswers && !t.label)
        state =
          state === "answer" && narrates(content, speakerWords, lex, patterns) ? "none" : state;
      return { role: "none" };
    }
    state = "answer";
    answered = true;
    return { role: "answer", question };
  });
}

const isCapitals = (label: string) => /\p{Lu}{2}/u.test(label) && label === label.toUpperCase();

/**
 * A paragraph about the interviewee in the third person ("Halvorsen paused …", "She smiled.",
 * "Outside her window, a queue …"): answers speak in the first person, narration does not.
 */
function narrates(
  paragraph: string,
  speakerWords: Set<string>,
  lex: Lexicon,
  patterns: RegExp[],
): boolean {
  const first =
    paragraph
      .trim()
      .split(/\s+/)[0]
      ?.replace(/[^\p{L}-]/gu, "")
      .toLowerCase() ?? "";
  if (speakerWords.has(first) || lex.thirdPerson.subjects.includes(first)) return true;
  const told = maskQuotes(paragraph);
  // "In January, the conservation group Landvernd said in a statement that …": someone else's words.
  return (
    !lex.firstPerson.test(told) &&
    (lex.thirdPerson.any.test(told) ||
      speechCues(paragraph, patterns, lex).some((c) => c.who === "other"))
  );
}
