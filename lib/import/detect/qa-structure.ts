import { readTurn } from "./turns";
import { EN, type Lexicon } from "../lexicon";
import type { Paragraph, SpeakerRef } from "./types";
import { FIRST_PERSON } from "./authored";
import { maskQuotes } from "./quote-state";
import { MIN_DASH_QUESTIONS, MIN_DASH_TURNS } from "./thresholds";

export type Role = "question" | "answer" | "none";
export interface QaRole {
  role: Role;
  /** For answers: the question they reply to, without its turn marker. */
  question?: string;
}

const answerLabelsOf = (lexicon: Lexicon) =>
  new RegExp(`^(?:${lexicon.answerLabels.join("|")})$`, "iu");
const questionLabelsOf = (lexicon: Lexicon) =>
  new RegExp(`^(?:${lexicon.questionLabels.join("|")})$`, "iu");

export interface QaOptions {
  lexicon?: Lexicon;
  /** A paragraph about the interviewee in the third person, in the article's language. */
  narrates?: (paragraph: string, speakerWords: Set<string>) => boolean;
}

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

function isAnswerLabelOf(label: string, speakerWords: Set<string>, answerLabels: RegExp): boolean {
  return (
    answerLabels.test(label) || label.split(/\s+/).some((w) => speakerWords.has(w.toLowerCase()))
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
  { lexicon = EN, narrates = narratesEn }: QaOptions = {},
): QaRole[] {
  const speakerWords = answersFor(speaker);
  const ANSWER_LABELS = answerLabelsOf(lexicon);
  const QUESTION_LABELS = questionLabelsOf(lexicon);
  const isAnswerLabel = (label: string, words: Set<string>) =>
    isAnswerLabelOf(label, words, ANSWER_LABELS);
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
      (lexicon.language !== "en" && (ANSWER_LABELS.test(label) || QUESTION_LABELS.test(label))) ||
      (capitalsTranscript && isCapitals(label)));
  const labelled = [...labelCount.keys()].filter(transcript);
  const hasAnswers = labelled.some((l) => isAnswerLabel(l, speakerWords));
  const hasQuestions = labelled.some((l) => !isAnswerLabel(l, speakerWords));
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
        : (transcript(t.label) && !isAnswerLabel(t.label!, speakerWords)) ||
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
      ? isAnswerLabel(t.label!, speakerWords)
      : labelledAnswers && !t.dash
        ? state === "answer" && !narrates(content, speakerWords)
        : state !== "none";
    if (!answers) {
      if (labelledAnswers && !t.label)
        state = state === "answer" && narrates(content, speakerWords) ? "none" : state;
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
function narratesEn(paragraph: string, speakerWords: Set<string>): boolean {
  const first =
    paragraph
      .trim()
      .split(/\s+/)[0]
      ?.replace(/[^\p{L}-]/gu, "")
      .toLowerCase() ?? "";
  if (speakerWords.has(first) || first === "he" || first === "she") return true;
  const told = maskQuotes(paragraph);
  return !FIRST_PERSON.test(told) && /\b(?:he|she|his|her|him)\b/i.test(told);
}
