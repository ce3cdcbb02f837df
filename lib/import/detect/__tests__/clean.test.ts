import assert from "node:assert/strict";
import { test } from "node:test";
import { findParagraphs } from "../clean";
import { detectClaims } from "../detect-claims";

const text = [
  "Skip to main content",
  "Advertisement",
  "Minister visits port",
  "The minister at the port on Monday. Photo: Jane Doe/Flash90",
  "The minister at the port on Monday. Photo: Jane Doe/Flash90",
  "Премьер-министр на порту",
  "Harbour workers wait for the minister.",
  "Photo: AP Photo/John Roe",
  '"Exports rose 12 percent in 2024," minister Ana Silva said.',
  "3 View gallery Ana Silva ( photo: AFP )",
  "Read more",
  "You have read 3 articles this month.",
  "Support independent journalism.",
  "Become a part of our mission by donating today",
].join("\n");

test("page furniture is flagged, body text is not", () => {
  const flagged = findParagraphs(text)
    .filter((p) => p.furniture)
    .map((p) => text.slice(p.start, p.end));
  for (const f of [
    "Skip to main content",
    "Advertisement",
    "Read more",
    "Support independent journalism.",
    "Harbour workers wait for the minister.",
    "Премьер-министр на порту",
    "3 View gallery Ana Silva ( photo: AFP )",
  ]) {
    assert.ok(flagged.includes(f), `${f} is furniture`);
  }
  assert.ok(!flagged.some((f) => f.startsWith('"Exports rose')));
});

test("candidates keep offsets into the original text", () => {
  const claims = detectClaims({ text, speaker: { name: "Ana Silva", aliases: ["Silva"] } });
  assert.equal(claims.length, 1);
  const [c] = claims;
  assert.equal(text.slice(c!.start, c!.end), c!.quote);
  assert.match(c!.quote, /Exports rose 12 percent/);
});
