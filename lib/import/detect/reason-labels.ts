// The names an editor reads for the ranker's cues, shared by the English and Russian rankers.

/** Cues that pull a candidate down, named for the editor when they weigh in. */
export const LOWERING: Record<string, string> = {
  "vague:platitude": "general wording",
  "vague:stance": "states a position",
  "vague:opinion": "opinion",
  "vague:hedge": "hedged",
  "vague:framing": "framing, not a fact",
  "vague:timeless": "timeless generality",
  "specific:none": "nothing specific to check",
  "vague:anecdote": "personal story",
  "form:imperative": "an appeal, not a statement",
  "form:conditional": "hypothetical",
  "form:consequence": "follows from the sentence before",
};
