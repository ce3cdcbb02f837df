import { type Lexicon, perLexicon } from "../lexicon";
import { toThirdPerson } from "./first-person";
import { claimFromQuestion } from "./question-claim";
import { speechPatterns } from "./speech-verbs";
import type { SpeakerRef } from "./types";
import { SHORT_ANAPHORIC_ANSWER_WORDS, SHORT_ANSWER_WORDS } from "./thresholds";

export const canonicalWording = perLexicon((lex: Lexicon) => {
  const SPEECH_VERB = speechPatterns(lex).verb;
  const CUES = lex.cues;
  // "Viktorov", "Russian Ambassador to Israel Anatoly Viktorov", "the ambassador", "the Russian ambassador".
  const SUBJECT =
    "(?:he|she|(?!(?:The|This|That|These|Those|There|It)\\b)[A-Z][\\p{L}’'-]+(?:\\s+(?:(?:to|of)\\s+)?[A-Z][\\p{L}’'-]+)*|the (?:[A-Z][\\p{L}-]+ )?[a-z]+(?: [a-z]+)?)";
  // "is saying", "has said": the verb with its auxiliary.
  const AUX = "(?:(?:is|was|has|had|have)\\s+)?";
  const VERB = SPEECH_VERB.source;

  // Verbs whose object is the claim itself ("He said Japan buys …"); "singled out", "accused" are not.
  const PLAIN_VERB =
    /^(?:said|says|added|noted|stressed|emphasi[sz]ed|explained|warned|confirmed|insisted|argued|claimed|believes|thinks|estimated|recalled|acknowledged|stated)$/;
  const NEGATING_VERB = /^(?:deni|reject|dismiss|disput|accus|blam|decri)/;

  // "… started off his interview by saying, “The terrorist methods …”": narration, then the words.
  const NARRATED_QUOTE = new RegExp(
    `^[^“"]{12,}?\\b(?:${VERB}|saying|by saying|as saying)\\s*[,:]?\\s*[“"]([^”"]{20,})[”"]?\\s*\\.?$`,
    "u",
  );

  function stripAttribution(s: string): string {
    const narrated = NARRATED_QUOTE.exec(s);
    if (narrated) return narrated[1]!;
    return (
      s
        // "…,” he said, adding that …" / "…, Viktorov said." at the end
        .replace(
          new RegExp(
            `(?:,\\s*["”]?|["”],?)\\s*(?:${SUBJECT})\\s+(?:also\\s+)?${VERB}(?:\\s+\\w+){0,3}[,.]?(?:\\s+(?:adding|noting|as)\\b.*)?$`,
            "u",
          ),
          "",
        )
        // "…,” said Viktorov, brushing aside …"
        .replace(new RegExp(`(?:["”],?|,)\\s*${VERB}\\s+${SUBJECT}\\b.*$`, "u"), "")
        // "Russia, he said, does not …"
        .replace(new RegExp(`,\\s*(?:he|she)\\s+${VERB},`, "u"), "")
        // "Viktorov said that …", "Okafor told reporters on Tuesday that …", "Viktorov stressed in an
        // interview with the news website RIA Novosti that …"; a denial keeps its verb.
        .replace(
          new RegExp(
            `^.*?\\b(?:${SUBJECT}),?\\s+(?:also\\s+)?${AUX}(${VERB}|saying)(?:\\s+[\\p{L}’' ]{1,70}?)??\\s+that\\s+(?=\\S)`,
            "u",
          ),
          (m, verb: string) => (NEGATING_VERB.test(verb) ? m : ""),
        )
        .replace(
          new RegExp(`^(?:${SUBJECT}),?\\s+(?:also\\s+)?(${VERB})\\s+(?=\\S)`, "u"),
          (m, verb: string) => (PLAIN_VERB.test(verb) ? "" : m),
        )
        .replace(/^(?:according to (?:him|her|[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)*)),\s*/iu, "")
        .replace(/^(?:the short comment is|long comment is|our official reaction is)\s*:\s*/i, "")
    );
  }

  function tidy(s: string): string {
    const t = s
      .replace(/["“”«»]/g, "")
      .replace(/^\s*(?:and|but|so|also|moreover|however),?\s+/i, "")
      .replace(/\s+/g, " ")
      .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "")
      .trim();
    if (!t) return t;
    return `${t[0]!.toUpperCase()}${t.slice(1)}${/[.!?…]$/.test(t) ? "" : "."}`;
  }

  /**
   * Editor-facing wording: attribution removed, the speaker's "we"/"I" resolved, and a short
   * answer rebuilt from its question when the answer alone says nothing.
   */
  function canonicalClaim(quote: string, speaker: SpeakerRef, question?: string): string {
    const short = speaker.name.split(/\s+/).pop()!;
    const stripped = stripAttribution(quote);
    // "Yes. A second railway crossing will open in 2027." — the claim is what follows the "yes".
    const affirmed = /^(?:yes|yeah|indeed|certainly|of course)[.!,]\s+(\S.*)$/is.exec(stripped);
    const answer = affirmed && affirmed[1]!.split(/\s+/).length >= 6 ? affirmed[1]! : stripped;
    const own = (answer.split(/\s+/).length >= 2 ? answer : quote).replace(/^(?:He|She)\b/, short);
    const body = tidy(toThirdPerson(own, speaker.country, short));
    const words = body.split(/\s+/).length;
    const anaphoric =
      /^(?:and\s+)?(?:in the case of [^,]+,\s*)?(?:it|that|this|so|yes|no|nonsense)\b/i.test(
        stripAttribution(quote).replace(/^["“]/, ""),
      ) || /\b(?:doing|did|does) (?:that|so|it)\b/i.test(body);
    if (
      question &&
      (words < SHORT_ANSWER_WORDS || (anaphoric && words < SHORT_ANAPHORIC_ANSWER_WORDS))
    ) {
      const negate = CUES.negation.test(body) || CUES.denialStrong.test(body);
      const rebuilt = claimFromQuestion(question, negate);
      if (rebuilt) return toThirdPerson(rebuilt, speaker.country, short);
    }
    return body || tidy(quote);
  }

  return { canonicalClaim };
});

/**
 * Editor-facing wording: attribution removed, the speaker's "we"/"I" resolved, and a short
 * answer rebuilt from its question when the answer alone says nothing.
 */
export function canonicalClaim(
  quote: string,
  speaker: SpeakerRef,
  lex: Lexicon,
  question?: string,
): string {
  return canonicalWording(lex).canonicalClaim(quote, speaker, question);
}
