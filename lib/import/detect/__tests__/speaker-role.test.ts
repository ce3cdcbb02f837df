import assert from "node:assert/strict";
import { test } from "node:test";
import { EN } from "../../lexicon";
import { speakerRoles } from "../speaker-role";
import { speakerMentions } from "../speaker-mentions";

const { withIntroducedRole } = speakerRoles(EN);
const { findMentions, speakerPatterns } = speakerMentions(EN);

const viktorov = { name: "Anatoly Viktorov", aliases: ["Viktorov"] };

test("a title before the name gives the role's aliases and the country", () => {
  const s = withIntroducedRole(
    "Russian Ambassador to Israel Anatoly Viktorov told JNS. Russia wants calm.",
    viktorov,
  );
  // "the Russian ambassador" qualifies the title with the introduction's own words.
  assert.deepEqual(s.aliases, [
    "Viktorov",
    "the ambassador",
    "the envoy",
    "the diplomat",
    "the russian ambassador",
  ]);
  assert.equal(s.country, "Russia");
});

test("a title after the name, with a possessive country", () => {
  const s = withIntroducedRole(
    "Russia’s ambassador to Israel, Anatoly Viktorov, confirmed it.",
    viktorov,
  );
  assert.ok(s.aliases.includes("the ambassador"));
  assert.equal(s.country, "Russia");
  const after = withIntroducedRole("Yuki Tanaka, Japan's trade minister, said exports fell.", {
    name: "Yuki Tanaka",
    aliases: ["Tanaka"],
  });
  assert.deepEqual(after.aliases, ["Tanaka", "the minister", "the trade minister"]);
  assert.equal(after.country, "Japan");
});

test("a title before the surname alone counts too", () => {
  assert.ok(
    withIntroducedRole(
      "Ambassador Viktorov told reporters that talks continue.",
      viktorov,
    ).aliases.includes("the ambassador"),
  );
});

test("a title two people share stands for neither", () => {
  const text =
    "Russian Ambassador to Israel Anatoly Viktorov met Israeli Ambassador to Russia Simona Halperin. The ambassador said no.";
  assert.deepEqual(withIntroducedRole(text, viktorov).aliases, ["Viktorov"]);
});

test("transcript labels and unrelated capitals are not introductions", () => {
  const text =
    "Ambassador: I advise you to read what exactly President Putin said.\n\nRussian Ambassador Anatoly Viktorov spoke.";
  assert.ok(withIntroducedRole(text, viktorov).aliases.includes("the ambassador"));
  const none = withIntroducedRole("Anatoly Viktorov spoke to reporters.", viktorov);
  assert.deepEqual(none, viktorov);
});

test("a qualified title is the speaker's; another qualifier is someone else", () => {
  const text =
    "Housing Cabinet Secretary Esther Kamau opened the estate. The housing minister said 124,000 units were handed over. The foreign minister said nothing.";
  const speaker = withIntroducedRole(text, { name: "Esther Kamau", aliases: ["Kamau"] });
  const patterns = speakerPatterns(speaker);
  const mentions = (s: string) =>
    findMentions(s, patterns)
      .filter((m) => m.who === "speaker")
      .map((m) => s.slice(m.start, m.end));
  assert.deepEqual(mentions("The housing minister said 124,000 units were handed over."), [
    "The housing minister",
  ]);
  assert.deepEqual(mentions("The foreign minister said nothing."), []);
});

test("aliases and country already known are kept", () => {
  const s = withIntroducedRole("Mayor Tomas Berger said so.", {
    name: "Tomas Berger",
    aliases: ["Berger", "the mayor"],
    country: "Austria",
  });
  assert.deepEqual(s.aliases, ["Berger", "the mayor"]);
  assert.equal(s.country, "Austria");
});

test("the speaker's own name never qualifies their title", () => {
  const s = withIntroducedRole("ELENA MARSH: Governor Elena Marsh governs the state.", {
    name: "Elena Marsh",
    aliases: ["MARSH"],
  });
  assert.ok(!s.aliases.some((a) => /elena|marsh governor/.test(a)), s.aliases.join(", "));
});
