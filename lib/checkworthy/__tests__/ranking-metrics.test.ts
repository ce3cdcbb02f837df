import assert from "node:assert/strict";
import { test } from "node:test";
import { averagePrecision, precisionAtK, rankByScore, rPrecision } from "../ranking-metrics";

// Ranking by score: #0 (pos), #1, #3, #2 (pos), #4.
// AP = (1/1 + 2/4) / 2 = 0.75; P@2 = 1/2; R = 2 so R-Precision = P@2 = 0.5.
const labels = [1, 0, 1, 0, 0];
const scores = [0.9, 0.8, 0.3, 0.5, 0.1];

test("average precision matches a hand-computed example", () => {
  assert.deepEqual(rankByScore(scores), [0, 1, 3, 2, 4]);
  assert.equal(averagePrecision(labels, scores), 0.75);
});

test("P@k divides by k and R-Precision cuts at the number of positives", () => {
  assert.equal(precisionAtK(labels, scores, 2), 0.5);
  assert.equal(precisionAtK(labels, scores, 10), 0.2);
  assert.equal(rPrecision(labels, scores), 0.5);
});

test("ties keep document order, like the CheckThat! scorer's stable sort", () => {
  // All tied: ranking is 0,1,2,3 → positive at rank 3 → AP = 1/3.
  assert.equal(averagePrecision([0, 0, 1, 0], [0.5, 0.5, 0.5, 0.5]), 1 / 3);
});

test("a debate without positives scores zero", () => {
  assert.equal(averagePrecision([0, 0], [0.2, 0.1]), 0);
  assert.equal(rPrecision([0, 0], [0.2, 0.1]), 0);
});
