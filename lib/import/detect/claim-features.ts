// Features of one candidate for the claim ranker (lib/import/detect/claim-ranker.json).
// Shared by scoring and by training (scripts/train-claim-ranker.ts), so both see the same thing.
import { tokenize, type Features } from "@/lib/checkworthy/features";
import type { Candidate } from "./candidates";
import { scoreSentence } from "../../checkworthy/score";
import type { Lexicon } from "../lexicon";
import { hasQuantity, hasTimeAnchor } from "./features";
import { FRAMING, PLATITUDE, REPORTED_FACT, STANCE, TIMELESS, countMatches } from "./stance-cues";

const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));
// "Israeli", "Western", "Palestinian-Israeli": a nationality says less than a name or a place.
const DEMONYM = /^(?:[A-Z][a-z]+-)?[A-Z][a-z]+(?:ian|ean|ese|ish|ic|ern|i|an)$/;
// Nominalisations ("stabilization", "development", "importance") carry abstract talk.
const NOMINAL = /\b[a-z]{3,}(?:tion|sion|ment|ity|ance|ence|ness|ism)s?\b/g;
const VAGUE_QUANTIFIER =
  /\b(?:several|some|many|various|certain|numerous|a number of|a lot of|all those|any)\b/i;
const ANAPHORIC_START = /^\W*(?:this|that|these|those|such|it|they|everything)\b/i;

/** Feature name → value; names are "<group>:<detail>" so a weight reads as "this cue moves the log-odds". */
export function claimFeatures(
  c: Candidate,
  lex: Lexicon,
  sentenceScore = scoreSentence(c.quote).score,
): Features {
  const CUES = lex.cues;
  const q = c.quote;
  const words = q.split(/\s+/).filter(Boolean).length;
  const f: Features = new Map();
  const on = (name: string, value: number | boolean) => {
    const v = Number(value);
    if (v) f.set(name, v);
  };
  // The CLEF debate model, as log-odds scaled to about -2..1.
  on("model:logodds", Math.max(-6, Math.min(6, logit(sentenceScore))) / 3);
  const quantity = hasQuantity(q, lex);
  const time = hasTimeAnchor(q, lex);
  const denial = CUES.denialStrong.test(q);
  const negation = CUES.negation.test(q);
  const event = CUES.eventVerb.test(q);
  on("specific:quantity", quantity);
  on("specific:time", time);
  const names = c.entities.filter((e) => !DEMONYM.test(e));
  on("specific:names", Math.min(names.length, 3) / 3);
  on("specific:nationality-only", c.entities.length > 0 && names.length === 0);
  on("specific:denial", denial);
  on("specific:negation", negation && !denial);
  on("specific:event", event);
  on("specific:reported-fact", REPORTED_FACT.test(q));
  on("specific:none", !(c.entities.length || quantity || time || denial || (negation && event)));
  on("kind:causal", CUES.causal.test(q));
  on("kind:comparison", CUES.comparison.test(q));
  on("kind:law", CUES.law.test(q));
  on("kind:prediction", CUES.prediction.test(q));
  on("vague:opinion", CUES.opinionStrong.test(q));
  on("vague:hedge", CUES.hedge.test(q));
  on("vague:courtesy", CUES.courtesy.test(q));
  on("vague:experience", CUES.firstPersonExperience.test(q));
  on("vague:stance", STANCE.test(q));
  on("vague:platitude", Math.min(countMatches(PLATITUDE, q), 3) / 3);
  on("vague:framing", Math.min(countMatches(FRAMING, q), 2) / 2);
  on("vague:timeless", TIMELESS.test(q));
  on("vague:quantifier", VAGUE_QUANTIFIER.test(q));
  on("vague:nominal", Math.min((q.match(NOMINAL) ?? []).length / Math.max(words, 1), 0.3) / 0.3);
  // How the cues balance: a sentence with several vague cues and nothing specific states a
  // position; one with several specifics reports something checkable.
  const specifics = [quantity, time, event, denial, names.length >= 2].filter(Boolean).length;
  const vagueness = [
    CUES.opinionStrong.test(q),
    STANCE.test(q),
    TIMELESS.test(q),
    VAGUE_QUANTIFIER.test(q),
    countMatches(PLATITUDE, q) > 0,
    countMatches(FRAMING, q) > 0,
    CUES.hedge.test(q),
  ].filter(Boolean).length;
  on("balance:vague-only", specifics === 0 && vagueness > 0 ? Math.min(vagueness, 3) / 3 : 0);
  on("balance:specific", Math.min(specifics, 3) / 3);
  on("balance:vague-over-specific", vagueness > specifics);
  on("form:question", /\?["”]?\s*$/.test(q));
  on("form:anaphoric", ANAPHORIC_START.test(q));
  on("form:short", words < 6);
  on("form:long", words > 35);
  on("form:leads", c.leads);
  on(`attribution:${c.attribution}`, true);
  // Word presence, at half weight: strongly regularised, it learns boilerplate no lexicon lists.
  for (const w of new Set(tokenize(q))) if (!/\d/.test(w)) f.set(`w:${w}`, 0.5);
  return f;
}
