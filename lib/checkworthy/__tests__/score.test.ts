import assert from "node:assert/strict";
import { test } from "node:test";
import { scoreSentence, scoreSentences } from "../score";

const CLAIMS = [
  "We cut taxes by 20 percent in 2019.",
  "Unemployment fell to 3.7 percent last year, the lowest rate since 1969.",
  "Russia has not supplied a single weapon to Hamas.",
  "The deficit doubled to $1.2 trillion under this administration.",
];
const NOT_CLAIMS = [
  "Thank you very much.",
  "Good evening, and welcome to the debate.",
  "I think we should all work together.",
  "What do you want to say to the voters?",
];

test("clear factual claims outrank greetings, questions and opinions", () => {
  const lowestClaim = Math.min(...CLAIMS.map((s) => scoreSentence(s).score));
  const highestOther = Math.max(...NOT_CLAIMS.map((s) => scoreSentence(s).score));
  assert.ok(lowestClaim > highestOther, `claims ≥ ${lowestClaim}, others ≤ ${highestOther}`);
});

test("scores are probabilities and reasons name the cues", () => {
  for (const s of [...CLAIMS, ...NOT_CLAIMS, ""]) {
    const { score } = scoreSentence(s);
    assert.ok(score >= 0 && score <= 1, `${s}: ${score}`);
  }
  const { reasons } = scoreSentence("We cut taxes by 20 percent in 2019.");
  assert.ok(reasons.includes("number"), reasons.join("; "));
  assert.ok(scoreSentence("Thank you very much.").reasons.some((r) => r.endsWith("(lowers)")));
});

test("scoreSentences scores each sentence independently, in order", () => {
  assert.deepEqual(scoreSentences(CLAIMS), CLAIMS.map(scoreSentence));
  assert.deepEqual(scoreSentences([]), []);
});
