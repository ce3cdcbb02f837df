// The model variants compared by `npm run train:checkworthy`; the best by CV MAP is kept.
import type { Features } from "../lib/checkworthy/features";

/** words = unigrams, bigrams, hand = lexicon/shape cues, context = neighbours' hand cues. */
export type Family = "words" | "bigrams" | "hand" | "context";
export type Variant = { name: string; families: Family[]; l2: number; positiveWeight: number | "balanced" };

const family = (name: string): Family =>
  name.startsWith("w:") ? "words" : name.startsWith("b:") ? "bigrams" : name.startsWith("prev:") || name.startsWith("next:") ? "context" : "hand";

export function selectFeatures(features: Features, families: Family[]): Features {
  return new Map([...features].filter(([name]) => families.includes(family(name))));
}

const ALL: Family[] = ["words", "bigrams", "hand"];
export const VARIANTS: Variant[] = [
  { name: "unigrams l2=1e-3", families: ["words"], l2: 1e-3, positiveWeight: "balanced" },
  { name: "uni+bigrams l2=1e-3", families: ["words", "bigrams"], l2: 1e-3, positiveWeight: "balanced" },
  { name: "hand only l2=1e-3", families: ["hand"], l2: 1e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=3e-4", families: ALL, l2: 3e-4, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=1e-3", families: ALL, l2: 1e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=3e-3", families: ALL, l2: 3e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=1e-3 unweighted", families: ALL, l2: 1e-3, positiveWeight: 1 },
  { name: "uni+bi+hand+context l2=1e-3", families: [...ALL, "context"], l2: 1e-3, positiveWeight: "balanced" },
];
