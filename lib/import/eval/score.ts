// The matching rule of the desk's claim scorer (/work/shared/eval/score-claims.mjs): a
// candidate matches a gold claim when one of its fragments lies inside the candidate's quote,
// compared case-, quote-style- and whitespace-insensitively, and the quote is ≤ 450 chars.
export const MAX_QUOTE = 450;

export interface GoldClaim {
  tier: "must" | "ok";
  fragment: string | string[];
}

export interface EvalResult {
  tp: number;
  fp: number;
  mustHit: number;
  mustTotal: number;
  missed: string[];
  falsePositives: string[];
}

export const normalise = (s: string) =>
  s
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Scores one article's candidate quotes; a second hit on an already matched claim counts for nothing. */
export function scoreArticle(quotes: string[], gold: GoldClaim[]): EvalResult {
  const claims = gold.map((g) => ({
    ...g,
    frags: ([] as string[]).concat(g.fragment).map(normalise),
    hit: false,
  }));
  const result: EvalResult = {
    tp: 0,
    fp: 0,
    mustHit: 0,
    mustTotal: 0,
    missed: [],
    falsePositives: [],
  };
  for (const quote of quotes) {
    const q = normalise(quote);
    const found =
      q.length <= MAX_QUOTE ? claims.filter((c) => c.frags.some((f) => q.includes(f))) : [];
    if (found.length === 0) {
      result.fp++;
      result.falsePositives.push(quote);
      continue;
    }
    const fresh = found.filter((c) => !c.hit);
    if (fresh.length === 0) continue;
    for (const c of fresh) c.hit = true;
    result.tp++;
  }
  for (const c of claims.filter((c) => c.tier === "must")) {
    result.mustTotal++;
    if (c.hit) result.mustHit++;
    else result.missed.push(c.frags[0]!);
  }
  return result;
}

export function combine(results: EvalResult[]): EvalResult & { precision: number; recall: number } {
  const sum = results.reduce(
    (a, r) => ({
      tp: a.tp + r.tp,
      fp: a.fp + r.fp,
      mustHit: a.mustHit + r.mustHit,
      mustTotal: a.mustTotal + r.mustTotal,
      missed: [...a.missed, ...r.missed],
      falsePositives: [...a.falsePositives, ...r.falsePositives],
    }),
    { tp: 0, fp: 0, mustHit: 0, mustTotal: 0, missed: [], falsePositives: [] } as EvalResult,
  );
  return {
    ...sum,
    precision: sum.tp + sum.fp ? sum.tp / (sum.tp + sum.fp) : 0,
    recall: sum.mustTotal ? sum.mustHit / sum.mustTotal : 0,
  };
}
