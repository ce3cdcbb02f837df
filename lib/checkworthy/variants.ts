// The variants that model selection compares (scripts/train-checkworthy.ts). Every variant
// tried is kept here, so the selection can be rerun and audited.
import type { Family, LinearVariant, Variant } from "./train-model";

const NGRAMS_AND_HAND: Family[] = ["words", "bigrams", "hand"];

/** The 2019 grid: chosen among by one leave-one-debate-out CV whose winner's figure was reported. */
export const LEGACY_VARIANTS: Variant[] = [
  { name: "unigrams l2=1e-3", families: ["words"], l2: 1e-3, positiveWeight: "balanced" },
  {
    name: "uni+bigrams l2=1e-3",
    families: ["words", "bigrams"],
    l2: 1e-3,
    positiveWeight: "balanced",
  },
  { name: "hand only l2=1e-3", families: ["hand"], l2: 1e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=3e-4", families: NGRAMS_AND_HAND, l2: 3e-4, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=1e-3", families: NGRAMS_AND_HAND, l2: 1e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=3e-3", families: NGRAMS_AND_HAND, l2: 3e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=1e-2", families: NGRAMS_AND_HAND, l2: 1e-2, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=3e-2", families: NGRAMS_AND_HAND, l2: 3e-2, positiveWeight: "balanced" },
  {
    name: "uni+bi+hand l2=3e-4 unweighted",
    families: NGRAMS_AND_HAND,
    l2: 3e-4,
    positiveWeight: 1,
  },
  {
    name: "uni+bi+hand l2=1e-3 unweighted",
    families: NGRAMS_AND_HAND,
    l2: 1e-3,
    positiveWeight: 1,
  },
  {
    name: "uni+bi+hand l2=3e-3 unweighted",
    families: NGRAMS_AND_HAND,
    l2: 3e-3,
    positiveWeight: 1,
  },
  {
    name: "uni+bi+hand l2=1e-2 unweighted",
    families: NGRAMS_AND_HAND,
    l2: 1e-2,
    positiveWeight: 1,
  },
  { name: "uni+hand l2=3e-3", families: ["words", "hand"], l2: 3e-3, positiveWeight: "balanced" },
  { name: "hand only l2=3e-3", families: ["hand"], l2: 3e-3, positiveWeight: "balanced" },
  {
    name: "uni+bi+hand+context l2=1e-3",
    families: [...NGRAMS_AND_HAND, "context"],
    l2: 1e-3,
    positiveWeight: "balanced",
  },
];

const CUES: Family[] = ["hand"];
const UNI_BI_CUES: Family[] = ["words", "bigrams", "hand"];
const l2Name = (l2: number) => l2.toExponential(0);
const cueModel = (l2: number): LinearVariant => ({
  name: `cues l2=${l2Name(l2)}`,
  families: CUES,
  l2,
  positiveWeight: 1,
});
const ngramModel = (l2: number): LinearVariant => ({
  name: `uni+bi+cues l2=${l2Name(l2)}`,
  families: UNI_BI_CUES,
  l2,
  positiveWeight: 1,
});

/**
 * The grid the nested selection compares, simplest first (the first wins a tie). It leans to
 * what transfers between debates: cue-only models, cues weighted up against n-grams (hand
 * scale 3: the same L2 costs a cue a ninth of what it costs an n-gram), rarer n-grams dropped,
 * and blends of a cue-only model with an n-gram model. Context features (neighbouring
 * sentences) are left out: scoreSentence sees one sentence.
 */
export const VARIANTS: Variant[] = [
  cueModel(1e-3),
  cueModel(3e-3),
  cueModel(1e-2),
  { name: "cues balanced l2=1e-3", families: CUES, l2: 1e-3, positiveWeight: "balanced" },
  { name: "cues+pairs l2=1e-2", families: ["hand", "pairs"], l2: 1e-2, positiveWeight: 1 },
  {
    name: "uni+cues×3 l2=1e-2 min5",
    families: ["words", "hand"],
    l2: 1e-2,
    positiveWeight: 1,
    handScale: 3,
    minCount: 5,
  },
  ngramModel(3e-3),
  ngramModel(1e-2),
  {
    name: "uni+bi+cues×3 l2=1e-2 min5",
    families: UNI_BI_CUES,
    l2: 1e-2,
    positiveWeight: 1,
    handScale: 3,
    minCount: 5,
  },
  {
    name: "blend 1:1 cues l2=3e-3 | uni+bi+cues l2=3e-3",
    blend: [cueModel(3e-3), ngramModel(3e-3)],
    mix: 0.5,
  },
  {
    name: "blend 1:1 cues l2=3e-3 | uni+bi+cues l2=1e-2",
    blend: [cueModel(3e-3), ngramModel(1e-2)],
    mix: 0.5,
  },
];
