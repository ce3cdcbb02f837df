// Check-worthiness of a single sentence: a calibrated probability that a fact-checker would
// pick it (as judged on CLEF-2019 debates), plus the cue groups that drove the score.
import { extractFeatures, featureGroup, GROUP_LABELS } from "./features";
import { calibrated, contributions, loadModel, type CheckworthyModelFile } from "./linear-model";
// A static import works under tsx and inside the Next.js server bundle alike.
import modelFile from "./model.json" with { type: "json" };

// JSON imports type [name, weight] pairs as plain arrays, hence the double cast.
const model = loadModel(modelFile as unknown as CheckworthyModelFile);

/** A group has to move the log-odds at least this much to be named as a reason. */
const MIN_REASON_WEIGHT = 0.2;
const MAX_RAISING_REASONS = 3;
const MAX_LOWERING_REASONS = 2;

export type CheckworthyScore = { score: number; reasons: string[] };

export function scoreSentence(text: string): CheckworthyScore {
  const features = extractFeatures(text);
  return { score: calibrated(model, features), reasons: explain(contributions(model, features)) };
}

export function scoreSentences(texts: string[]): CheckworthyScore[] {
  return texts.map(scoreSentence);
}

function explain(parts: [string, number][]): string[] {
  const byGroup = new Map<string, number>();
  const add = (name: string, value: number) => {
    // Exactly one length bucket is always on, so its weight is part of the baseline, not a cue.
    if (featureGroup(name) === "length") return;
    const label = GROUP_LABELS[featureGroup(name)] ?? featureGroup(name);
    byGroup.set(label, (byGroup.get(label) ?? 0) + value);
  };
  for (const [name, value] of parts) {
    // A pair of cues ("x:number:digits&time:year") counts half for each of its cues.
    if (featureGroup(name) === "x") for (const cue of name.slice(2).split("&")) add(cue, value / 2);
    else add(name, value);
  }
  const ranked = [...byGroup].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const raising = ranked.filter(([, v]) => v >= MIN_REASON_WEIGHT).slice(0, MAX_RAISING_REASONS);
  const lowering = ranked
    .filter(([, v]) => v <= -MIN_REASON_WEIGHT)
    .reverse()
    .slice(0, MAX_LOWERING_REASONS);
  return [
    ...raising.map(([label]) => (label === GROUP_LABELS.w ? describeWording(parts) : label)),
    ...lowering.map(([label]) => `${label} (lowers)`),
  ];
}

/** 'wording: "jobs", "million"' — the n-grams that raised the score most. */
function describeWording(parts: [string, number][]): string {
  const top = parts
    .filter(([name, v]) => (name.startsWith("w:") || name.startsWith("b:")) && v >= 0.05)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([name]) => `"${name.slice(2)}"`);
  return top.length > 0 ? `wording: ${top.join(", ")}` : GROUP_LABELS.w;
}
