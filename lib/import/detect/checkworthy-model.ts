// The trained scorer (lib/checkworthy/score.ts) needs its model.json, produced by
// `npm run train:checkworthy`. Until that file exists detection falls back to a neutral
// prior, so the importer keeps working on a fresh checkout.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type SentenceScorer = (text: string) => { score: number; reasons: string[] };

const neutral: SentenceScorer = () => ({ score: 0.5, reasons: [] });

const modelPath = fileURLToPath(new URL("../../checkworthy/model.json", import.meta.url));
let scorer: SentenceScorer = neutral;
if (existsSync(modelPath)) {
  const mod = (await import("../../checkworthy/score")) as { scoreSentence: SentenceScorer };
  scorer = mod.scoreSentence;
}

export const scoreSentence: SentenceScorer = (text) => scorer(text);
export const usingTrainedModel = () => scorer !== neutral;
