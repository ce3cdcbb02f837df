import assert from "node:assert/strict";
import { test } from "node:test";
import { EN } from "../../lexicon";
import { canonicalClaim as canonicalIn } from "../canonical";
import { classifyKind as classifyIn } from "../classify-kind";
import type { SpeakerRef } from "../types";

const canonicalClaim = (quote: string, who: SpeakerRef, question?: string) =>
  canonicalIn(quote, who, EN, question);
const classifyKind = (text: string, entities: string[]) => classifyIn(text, entities, EN);

const speaker = { name: "Anatoly Viktorov", aliases: ["Viktorov"], country: "Russia" };

test("a short denial is rebuilt from its question", () => {
  const claim = canonicalClaim(
    "And in the case of Hamas, we are not doing that.",
    speaker,
    "Is Russia assisting Hamas with military equipment, as Ukraine has claimed?",
  );
  assert.equal(claim, "Russia is not assisting Hamas with military equipment.");
});

test("attribution is removed and 'we'/'our' resolve to the speaker's country", () => {
  assert.equal(
    canonicalClaim("“We consider our position firm,” Viktorov said.", speaker),
    "Russia considers Russia’s position firm.",
  );
  assert.equal(
    canonicalClaim(
      "According to him, families of embassy staff were evacuated via Egypt.",
      speaker,
    ),
    "Families of embassy staff were evacuated via Egypt.",
  );
  assert.equal(
    canonicalClaim("He also said Israel buys Russian wheat.", speaker),
    "Israel buys Russian wheat.",
  );
});

test("narration around the words is removed: the claim is what was said", () => {
  const cases: [string, string][] = [
    [
      "Russian Ambassador to Israel Anatoly Viktorov started off his first interview with JNS after Hamas brutally attacked Israel on Oct. 7 by saying, “The terrorist methods used by Hamas deserve only condemnation.”",
      "The terrorist methods used by Hamas deserve only condemnation.",
    ],
    [
      "Viktorov is saying that the lack of a political horizon is one of the main causes.",
      "The lack of a political horizon is one of the main causes.",
    ],
    [
      "Viktorov stressed in an interview with the news website RIA Novosti that Russia has an orderly course of action.",
      "Russia has an orderly course of action.",
    ],
    [
      "In the interview, the Russian ambassador added that relations have stood the test of time.",
      "Relations have stood the test of time.",
    ],
    // Only the speaker's verb goes: "that" later in the claim stays.
    [
      "She added that Kenya hopes for an outcome that serves both peoples.",
      "Kenya hopes for an outcome that serves both peoples.",
    ],
  ];
  for (const [quote, claim] of cases) assert.equal(canonicalClaim(quote, speaker), claim);
});

test("every 'we' agrees with its verb, not only the first", () => {
  assert.equal(
    canonicalClaim("We know it, and we are ready to continue these contacts.", speaker),
    "Russia knows it, and Russia is ready to continue these contacts.",
  );
});

test("'our countries' are both countries", () => {
  assert.equal(
    canonicalClaim("Relations between our countries are at their highest level.", speaker),
    "Relations between the two countries are at their highest level.",
  );
});

test("a leading 'Yes.' goes when a full claim follows it", () => {
  assert.equal(
    canonicalClaim("Yes. A second railway crossing at Bakhty will open in 2027.", speaker),
    "A second railway crossing at Bakhty will open in 2027.",
  );
});

test("'we' after an auxiliary keeps its verb form", () => {
  assert.equal(
    canonicalClaim("How can we play that role without contacts?", speaker),
    "How can Russia play that role without contacts?",
  );
});

test("a denial verb is kept so the claim keeps its polarity", () => {
  assert.match(
    canonicalClaim("Viktorov denied that Russia uses Iranian drones.", speaker),
    /^Viktorov denied/,
  );
});

test("claim kinds", () => {
  assert.equal(
    classifyKind("Bilateral trade in 2025 amounted to more than $2 billion.", []).kind,
    "quantity",
  );
  assert.equal(classifyKind("Claims that we support terrorism are not true.", []).kind, "denial");
  assert.equal(
    classifyKind("The lack of a peace process is the reason for the hostilities.", []).kind,
    "causal",
  );
  assert.equal(classifyKind("Hearings were held in November 2025.", []).kind, "event");
  assert.equal(classifyKind("We hope the government will act accordingly.", []).kind, "opinion");
  assert.equal(
    classifyKind("We will balance the budget by 2027 without raising taxes.", []).kind,
    "prediction",
  );
  assert.equal(
    classifyKind("It is functioning these days despite all the speculations.", []).kind,
    "opinion",
    "mentions a rumour, denies nothing",
  );
  assert.equal(classifyKind("These reports are pure speculation.", []).kind, "denial");
  assert.ok(
    classifyKind("Bilateral trade in 2025 amounted to more than $2 billion.", []).reasons.includes(
      "number",
    ),
  );
});
