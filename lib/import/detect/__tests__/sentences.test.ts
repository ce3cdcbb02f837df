import assert from "node:assert/strict";
import { test } from "node:test";
import { findParagraphs } from "../clean";
import { splitSentences } from "../sentences";

const split = (text: string) =>
  splitSentences(text, findParagraphs(text)).map((s) => text.slice(s.start, s.end));

test("abbreviations do not end sentences", () => {
  assert.deepEqual(
    split("U.S. President Joe Biden visited on Oct. 7 with Mr. Smith. The U.N. said nothing."),
    ["U.S. President Joe Biden visited on Oct. 7 with Mr. Smith.", "The U.N. said nothing."],
  );
});

test("curly quotes: a closing quote followed by a new sentence splits", () => {
  assert.deepEqual(split("He said “this is it.” Then he left."), [
    "He said “this is it.”",
    "Then he left.",
  ]);
});

test("quote state carries across sentences and a dash turn marker is skipped", () => {
  const text = "— Is it true?\n“We hope so. It is true,” he said.";
  const sentences = splitSentences(text, findParagraphs(text));
  assert.equal(text.slice(sentences[0]!.start, sentences[0]!.end), "Is it true?");
  assert.equal(sentences[2]!.inQuoteAtStart, true);
  assert.equal(sentences[2]!.inQuoteAtEnd, false);
});

test("a date before a new sentence still splits", () => {
  assert.equal(
    split("The case has run since late 2019. According to him, hearings were held.").length,
    2,
  );
});

test("the one-sentence shortcut gives what the library gives, on every such paragraph we have", async () => {
  const { readFileSync, readdirSync } = await import("node:fs");
  const { split: librarySplit } = await import("sentence-splitter");
  const dirs = ["seeds", "lib/import/__tests__/fixtures"];
  let checked = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(`${dir}/${file}`, "utf8");
      for (const p of findParagraphs(text)) {
        const body = text.slice(p.start, p.end);
        if (!(body === body.trim() && body && !/[.!?…\n]/.test(body.slice(0, -1)))) continue;
        const expected = librarySplit(body)
          .filter((n) => n.type === "Sentence")
          .map((n) => [p.start + n.range[0], p.start + n.range[1]]);
        const got = splitSentences(text, [{ ...p, furniture: false }]).map((s) => [s.start, s.end]);
        if (/^(—|Q:|A:|[A-Z][\w .]{0,30}:)/.test(body)) continue; // turn markers are stripped first
        assert.deepEqual(got, expected, body);
        checked++;
      }
    }
  }
  assert.ok(checked > 50, `checked ${checked} one-sentence paragraphs`);
});
