import assert from "node:assert/strict";
import { test } from "node:test";
import { withIntroducedRole } from "../speaker-role";

const viktorov = { name: "Anatoly Viktorov", aliases: ["Viktorov"] };

test("a title before the name gives the role's aliases and the country", () => {
  const s = withIntroducedRole("Russian Ambassador to Israel Anatoly Viktorov told JNS. Russia wants calm.", viktorov);
  assert.deepEqual(s.aliases, ["Viktorov", "the ambassador", "the envoy", "the diplomat"]);
  assert.equal(s.country, "Russia");
});

test("a title after the name, with a possessive country", () => {
  const s = withIntroducedRole("Russia’s ambassador to Israel, Anatoly Viktorov, confirmed it.", viktorov);
  assert.ok(s.aliases.includes("the ambassador"));
  assert.equal(s.country, "Russia");
  const after = withIntroducedRole("Yuki Tanaka, Japan's trade minister, said exports fell.", { name: "Yuki Tanaka", aliases: ["Tanaka"] });
  assert.deepEqual(after.aliases, ["Tanaka", "the minister"]);
  assert.equal(after.country, "Japan");
});

test("a title before the surname alone counts too", () => {
  assert.ok(withIntroducedRole("Ambassador Viktorov told reporters that talks continue.", viktorov).aliases.includes("the ambassador"));
});

test("a title two people share stands for neither", () => {
  const text = "Russian Ambassador to Israel Anatoly Viktorov met Israeli Ambassador to Russia Simona Halperin. The ambassador said no.";
  assert.deepEqual(withIntroducedRole(text, viktorov).aliases, ["Viktorov"]);
});

test("transcript labels and unrelated capitals are not introductions", () => {
  const text = "Ambassador: I advise you to read what exactly President Putin said.\n\nRussian Ambassador Anatoly Viktorov spoke.";
  assert.ok(withIntroducedRole(text, viktorov).aliases.includes("the ambassador"));
  const none = withIntroducedRole("Anatoly Viktorov spoke to reporters.", viktorov);
  assert.deepEqual(none, viktorov);
});

test("aliases and country already known are kept", () => {
  const s = withIntroducedRole("Mayor Tomas Berger said so.", { name: "Tomas Berger", aliases: ["Berger", "the mayor"], country: "Austria" });
  assert.deepEqual(s.aliases, ["Berger", "the mayor"]);
  assert.equal(s.country, "Austria");
});
