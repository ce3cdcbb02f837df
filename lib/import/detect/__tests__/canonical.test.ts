import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalClaim } from "../canonical";
import { classifyKind } from "../classify-kind";

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
  assert.equal(canonicalClaim("“We consider our position firm,” Viktorov said.", speaker), "Russia considers Russia’s position firm.");
  assert.equal(
    canonicalClaim("According to him, families of embassy staff were evacuated via Egypt.", speaker),
    "Families of embassy staff were evacuated via Egypt.",
  );
  assert.equal(canonicalClaim("He also said Israel buys Russian wheat.", speaker), "Israel buys Russian wheat.");
});

test("a denial verb is kept so the claim keeps its polarity", () => {
  assert.match(canonicalClaim("Viktorov denied that Russia uses Iranian drones.", speaker), /^Viktorov denied/);
});

test("claim kinds", () => {
  assert.equal(classifyKind("Bilateral trade in 2025 amounted to more than $2 billion.", []).kind, "quantity");
  assert.equal(classifyKind("Claims that we support terrorism are not true.", []).kind, "denial");
  assert.equal(classifyKind("The lack of a peace process is the reason for the hostilities.", []).kind, "causal");
  assert.equal(classifyKind("Hearings were held in November 2025.", []).kind, "event");
  assert.equal(classifyKind("We hope the government will act accordingly.", []).kind, "opinion");
  assert.ok(classifyKind("Bilateral trade in 2025 amounted to more than $2 billion.", []).reasons.includes("number"));
});
