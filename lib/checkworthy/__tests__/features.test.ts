import assert from "node:assert/strict";
import { test } from "node:test";
import { extractFeatures, featureGroup, handFeatures, tokenize } from "../features";

test("tokenize lowercases and splits on anything but letters and digits", () => {
  assert.deepEqual(tokenize("We didn't cut 20% — in 2019!"), [
    "we",
    "didn",
    "t",
    "cut",
    "20",
    "in",
    "2019",
  ]);
  assert.deepEqual(tokenize("  "), []);
});

test("numbers, percentages, money and years are separate cues", () => {
  const f = handFeatures("Taxes rose by 20 percent, or $3 billion, in 2019.");
  for (const name of [
    "number:digits",
    "number:magnitude-word",
    "number:percent",
    "money:amount-or-budget",
    "time:year",
    "trend:change-verb",
  ]) {
    assert.ok(f.includes(name), `missing ${name} in ${f.join(", ")}`);
  }
  // A year on its own is a time anchor, not a quantity.
  assert.ok(!handFeatures("It happened in 2016.").includes("number:digits"));
});

test("comparison, denial, named entities and months", () => {
  assert.ok(handFeatures("It is the highest rate ever.").includes("comparison:superlative"));
  assert.ok(handFeatures("They pay more than we do.").includes("comparison:comparative"));
  assert.ok(handFeatures("We didn't send any weapons.").includes("denial:negation"));
  assert.ok(handFeatures("These claims are false.").includes("denial:denial-word"));
  assert.ok(
    handFeatures("He met Vladimir Putin and the NATO chief.").includes("entity:many-names"),
  );
  assert.ok(handFeatures("The talks began in March.").includes("time:month"));
  assert.ok(
    !handFeatures("We may march tomorrow.").includes("time:month"),
    "lowercase may/march are verbs",
  );
  assert.ok(!handFeatures("I said it.").includes("entity:one-name"), "the pronoun I is not a name");
});

test("opinion, courtesy, questions and length", () => {
  assert.ok(handFeatures("I think we should talk.").includes("opinion:first-person-view"));
  assert.ok(handFeatures("Thank you very much.").includes("courtesy:greeting-or-thanks"));
  assert.ok(handFeatures("(APPLAUSE)").includes("courtesy:stage-direction"));
  assert.ok(handFeatures("Why not?").includes("question:mark"));
  assert.ok(handFeatures("Thank you.").includes("length:1-3"));
});

test("extractFeatures holds unigrams, bigrams and hand cues, all with value 1", () => {
  const f = extractFeatures("We cut taxes.");
  assert.equal(f.get("w:taxes"), 1);
  assert.equal(f.get("b:cut taxes"), 1);
  assert.equal(f.get("policy:term"), 1);
  assert.ok([...f.values()].every((v) => v === 1));
  assert.equal(featureGroup("b:cut taxes"), "b");
  assert.equal(featureGroup("number:percent"), "number");
});

test("tense, third person, statistics and absolutes", () => {
  assert.ok(handFeatures("He voted against it in the Senate.").includes("tense:past"));
  assert.ok(handFeatures("They have doubled the debt.").includes("tense:perfect"));
  assert.ok(!handFeatures("We need more jobs.").includes("tense:past"));
  assert.ok(handFeatures("She supported the war.").includes("person:third-person"));
  assert.ok(handFeatures("The murder rate is the highest.").includes("number:statistic-noun"));
  assert.ok(
    handFeatures("Two million people lost their jobs.").includes("number:spelled-quantity"),
  );
  assert.ok(handFeatures("Nobody has ever done it.").includes("comparison:absolute"));
  assert.ok(handFeatures("Crime is lower than it was.").includes("comparison:than"));
  assert.ok(handFeatures("It's a tremendous deal.").includes("opinion:evaluative"));
  assert.ok(handFeatures("It's a tremendous deal.").includes("form:pronoun-start"));
});

test("pairs of cues are features of their own, in a fixed order, without the length bucket", () => {
  const f = extractFeatures("Taxes rose 20 percent.");
  assert.equal(f.get("x:number:digits&number:percent"), 1);
  assert.ok(![...f.keys()].some((k) => k.startsWith("x:") && k.includes("length:")));
  assert.equal(featureGroup("x:number:digits&number:percent"), "x");
});
