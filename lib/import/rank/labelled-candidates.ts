// Annotated articles as training examples for the claim ranker: every candidate the detector
// finds, labelled by the gold file's matching rule (lib/import/eval/score.ts).
import { readFileSync } from "node:fs";
import { findCandidates, type Candidate } from "@/lib/import/detect/candidates";
import type { AnnotatedArticle } from "@/lib/import/eval/annotated-corpus";
import { lexiconFor } from "@/lib/import/lexicon";
import { MAX_QUOTE, normalise, type GoldClaim } from "@/lib/import/eval/score";

export type Tier = GoldClaim["tier"] | "none";

export interface LabelledArticle {
  /** "seeds/000_….txt", unique across corpora. */
  name: string;
  /** Cross-validation group: the genre, or "desk" for the desk's decisions. */
  group: string;
  candidates: Candidate[];
  tiers: Tier[];
  /** Gold claims; empty for desk decisions, which train but are not scored. */
  gold: GoldClaim[];
}

function tierOf(quote: string, gold: GoldClaim[]): Tier {
  const q = normalise(quote);
  if (q.length > MAX_QUOTE) return "none";
  const hits = gold.filter((g) =>
    ([] as string[]).concat(g.fragment).some((f) => q.includes(normalise(f))),
  );
  return hits.some((g) => g.tier === "must") ? "must" : hits.length ? "ok" : "none";
}

/** Every candidate of every annotated article, labelled by its gold claims. */
export function labelArticles(articles: AnnotatedArticle[]): LabelledArticle[] {
  return articles.map((a) => {
    const candidates = findCandidates(
      readFileSync(a.path, "utf8"),
      a.speaker,
      lexiconFor(a.language ?? "en"),
    );
    return {
      name: a.name,
      group: a.genre,
      candidates,
      tiers: candidates.map((c) => tierOf(c.quote, a.claims)),
      gold: a.claims,
    };
  });
}
