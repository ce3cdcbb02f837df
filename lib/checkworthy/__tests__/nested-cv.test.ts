// The nested selection's bookkeeping, with a fake scorer (no training): the debate an outer
// fold holds out never reaches that fold's inner choice.
import assert from "node:assert/strict";
import { test } from "node:test";
import { groupedFolds, nestedCrossValidate, type HeldOut, type Variant } from "../train-model";

const DEBATES = 7;
const INNER_FOLDS = 3;
const variant = (name: string): Variant => ({
  name,
  families: ["hand"],
  l2: 1e-3,
  positiveWeight: 1,
});
const VARIANTS = [variant("a"), variant("b"), variant("c")];

type Call = { train: number[]; test: number[]; variant: string };

/** A scorer whose average precision is an arbitrary but fixed function of its arguments. */
function fakeScorer(calls: Call[]) {
  return (train: number[], test: number[], v: Variant): HeldOut[] => {
    calls.push({ train: [...train], test: [...test], variant: v.name });
    return test.map((d) => {
      const ap = ((d * 7 + v.name.charCodeAt(0) * 13 + train.reduce((a, b) => a + b, 0)) % 17) / 17;
      return {
        debate: d,
        report: { averagePrecision: ap, precisionAt10: ap, rPrecision: ap },
        margins: [],
      };
    });
  };
}

test("grouped folds deal debates round-robin and partition them", () => {
  assert.deepEqual(groupedFolds([0, 1, 2, 3, 4, 5, 6], 3), [
    [0, 3, 6],
    [1, 4],
    [2, 5],
  ]);
  assert.deepEqual(
    groupedFolds([2, 5, 9], 4),
    [[2], [5], [9]],
    "more folds than debates is leave-one-out",
  );
});

test("nested CV: the outer test debate never influences the inner choice", () => {
  const calls: Call[] = [];
  const nested = nestedCrossValidate(DEBATES, VARIANTS, INNER_FOLDS, fakeScorer(calls));
  const all = Array.from({ length: DEBATES }, (_, i) => i);
  assert.equal(nested.outer.length, DEBATES);
  // Each outer fold: inner folds × variants inner fits, then one outer fit, in that order.
  const perFold = INNER_FOLDS * VARIANTS.length + 1;
  assert.equal(calls.length, DEBATES * perFold);

  nested.outer.forEach((fold, k) => {
    assert.equal(fold.debate, k);
    const rest = all.filter((d) => d !== k);
    // The inner folds partition the other debates.
    assert.deepEqual(
      fold.innerPlan.flat().sort((a, b) => a - b),
      rest,
    );
    const foldCalls = calls.slice(k * perFold, (k + 1) * perFold);
    const inner = foldCalls.slice(0, -1);
    const outer = foldCalls.at(-1)!;
    for (const c of inner) {
      assert.ok(
        !c.train.includes(k) && !c.test.includes(k),
        `outer debate ${k} leaked into an inner fit: ${JSON.stringify(c)}`,
      );
      assert.ok(!c.test.some((d) => c.train.includes(d)), "inner train and test are disjoint");
      assert.deepEqual(
        [...c.train, ...c.test].sort((a, b) => a - b),
        rest,
      );
    }
    // The choice is the best inner MAP (first wins a tie), recomputed from the inner calls alone.
    const innerMap = VARIANTS.map((v) => {
      const scores = inner
        .filter((c) => c.variant === v.name)
        .flatMap((c) => fakeScorer([])(c.train, c.test, v));
      return scores.reduce((a, s) => a + s.report.averagePrecision, 0) / scores.length;
    });
    const best = innerMap.indexOf(Math.max(...innerMap));
    assert.equal(fold.chosen.name, VARIANTS[best].name);
    assert.deepEqual(
      fold.innerMap.map((m) => m.map),
      innerMap,
    );
    // The outer fit: the chosen variant on all the other debates, scored on the held-out one only.
    assert.deepEqual(outer, { train: rest, test: [k], variant: fold.chosen.name });
  });
  const mean = nested.outer.reduce((a, o) => a + o.heldOut.report.averagePrecision, 0) / DEBATES;
  assert.equal(nested.map, mean);
});
