// Editor-facing wording of a Russian claim: the attribution ("— заявил Викторов", "Посол
// подчеркнул, что …", "По его словам, …") and the quotation marks removed, in the speaker's
// own words. A short answer ("Нет.") keeps its question so the claim says something.
import type { Lexicon } from "../../lexicon";
import { perLexicon } from "../../lexicon";
import { SHORT_ANSWER_WORDS } from "../thresholds";

const wording = perLexicon((lex: Lexicon) => {
  const verb = `(?:${lex.speechVerbs.join("|")})`;
  const words = "(?:[\\p{L}-]+\\s+){0,6}?";
  return {
    // "…», — заявил Викторов." / "…, — подчеркнул посол, добавив, что …" / "…, сказал он."
    tail: new RegExp(
      `[,.!?…]?[»"“”]?,?\\s*[—–-]?\\s*(?:также\\s+)?${verb}(?![\\p{L}])[^«»"]*$`,
      "iu",
    ),
    // "Викторов заявил, что …", "Посол России отметил в интервью «Известиям», что …"
    head: new RegExp(
      `^[^«»"]{0,120}?(?<![\\p{L}])${verb}(?![\\p{L}])[^«»"]{0,80}?(?:,\\s*что|:)\\s+`,
      "iu",
    ),
    // "По словам Викторова, …", "По его мнению, …", "Как отметил посол, …"
    frame: new RegExp(
      `^(?:по\\s+(?:(?:его|её|ее)\\s+)?(?:словам|мнению|оценке|данным)${words}|как\\s+${verb}(?![\\p{L}])[^,]{0,80}?),\\s*`,
      "iu",
    ),
  };
});

function tidy(s: string): string {
  const t = s
    .replace(/[«»„“”"]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "")
    .trim();
  if (!t) return t;
  return `${t[0]!.toUpperCase()}${t.slice(1)}${/[.!?…]$/.test(t) ? "" : "."}`;
}

export function canonicalClaimRu(quote: string, lex: Lexicon, question?: string): string {
  const { tail, head, frame } = wording(lex);
  let body = quote.replace(/^[—–-]\s*/, "");
  const stripped = body.replace(tail, "");
  if (stripped.split(/\s+/).length >= 3) body = stripped;
  body = body.replace(frame, "");
  const afterHead = body.replace(head, "");
  if (afterHead !== body && afterHead.split(/\s+/).length >= 3) body = afterHead;
  const claim = tidy(body) || tidy(quote);
  if (question && claim.split(/\s+/).length < SHORT_ANSWER_WORDS)
    return `${tidy(question.replace(/^[—–-]\s*/, ""))} — ${claim}`;
  return claim;
}
