// Features of a Russian candidate for the Russian claim ranker (claim-ranker-ru.json). The groups
// are the English ranker's language-neutral ones (figures, dates, names, denials, kinds, vague
// wording, form, attribution), each detected with the Russian lexicon and cue lexicon; no word
// features, so a small annotated set is enough to weigh them.
import type { Features } from "@/lib/checkworthy/features";
import type { Lexicon } from "../../lexicon";
import { ruCue } from "../../lexicon/ru-cues";
import type { Candidate } from "../candidates";
import { hasQuantity, hasTimeAnchor } from "../features";

const STANCE = ruCue("stance");
const PLATITUDE = ruCue("platitude");
const FRAMING = ruCue("framing");
const TIMELESS = ruCue("timeless");
const VAGUE_QUANTIFIER = ruCue("vagueQuantifier");
const ANAPHORIC_START = /^[\s«»"„“—–-]*(?:это|то|так|такие|такое|они|всё|все)(?![\p{L}])/iu;

export function claimFeaturesRu(c: Candidate, lex: Lexicon): Features {
  const q = c.quote;
  const CUES = lex.cues;
  const words = q.split(/\s+/).filter(Boolean).length;
  const f: Features = new Map();
  const on = (name: string, value: number | boolean) => {
    const v = Number(value);
    if (v) f.set(name, v);
  };
  const quantity = hasQuantity(q, lex);
  const time = hasTimeAnchor(q, lex);
  const denial = CUES.denialStrong.test(q);
  const negation = CUES.negation.test(q);
  const event = CUES.eventVerb.test(q);
  on("specific:quantity", quantity);
  on("specific:time", time);
  on("specific:names", Math.min(c.entities.length, 3) / 3);
  on("specific:denial", denial);
  on("specific:negation", negation && !denial);
  on("specific:event", event);
  on("specific:none", !(c.entities.length || quantity || time || denial || (negation && event)));
  on("kind:causal", CUES.causal.test(q));
  on("kind:comparison", CUES.comparison.test(q));
  on("kind:law", CUES.law.test(q));
  on("kind:prediction", CUES.prediction.test(q));
  const vague = {
    opinion: CUES.opinionStrong.test(q),
    hedge: CUES.hedge.test(q),
    stance: STANCE.test(q),
    platitude: PLATITUDE.test(q),
    framing: FRAMING.test(q),
    timeless: TIMELESS.test(q),
    quantifier: VAGUE_QUANTIFIER.test(q),
  };
  for (const [name, value] of Object.entries(vague)) on(`vague:${name}`, value);
  on("vague:courtesy", CUES.courtesy.test(q));
  const specifics = [quantity, time, event, denial, c.entities.length >= 2].filter(Boolean).length;
  const vagueness = Object.values(vague).filter(Boolean).length;
  on("balance:vague-only", specifics === 0 && vagueness > 0 ? Math.min(vagueness, 3) / 3 : 0);
  on("balance:specific", Math.min(specifics, 3) / 3);
  on("balance:vague-over-specific", vagueness > specifics);
  on("form:question", /\?[»"“]?\s*$/u.test(q));
  on("form:anaphoric", ANAPHORIC_START.test(q));
  on("form:short", words < 6);
  on("form:long", words > 35);
  on("form:leads", c.leads);
  on(`attribution:${c.attribution}`, true);
  return f;
}
