import { test } from "node:test";
import assert from "node:assert/strict";
import { CLAIM_REVIEWED_MAX, shortenClaim, suggestedShortText } from "../claim-reviewed-text";

const words = (s: string) => s.replace(/…$/, "").split(" ");

test("shortenClaim keeps whole words, ends with an ellipsis and fits", () => {
  // The last space in the first half: the old rule cut "unemployment…" mid-word here.
  const text =
    "Minister says the rate of youth unemployment-related-benefit-claims-across-all-regions doubled";
  const short = shortenClaim(text);
  assert.ok(short.length <= CLAIM_REVIEWED_MAX, short);
  assert.ok(short.endsWith("…"));
  const source = text.split(" ");
  for (const word of words(short)) assert.ok(source.includes(word), `"${word}" is a cut word`);
  assert.equal(short, "Minister says the rate of youth…");
});

test("shortenClaim: a word ending exactly at the limit is kept whole", () => {
  const head = `${"a".repeat(40)} ${"b".repeat(32)}`; // 73 characters, then more words
  assert.equal(head.length, CLAIM_REVIEWED_MAX - 1);
  assert.equal(shortenClaim(`${head} and more words follow`), `${head}…`);
});

test("shortenClaim drops trailing punctuation before the ellipsis and leaves short text alone", () => {
  const text = `Crime fell by ten percent, ${"according to the minister ".repeat(4)}`;
  const short = shortenClaim(text);
  assert.ok(!/[,;:.]…$/.test(short), short);
  assert.ok(text.startsWith(short.slice(0, -1)));
  assert.equal(shortenClaim("  Crime   fell  "), "Crime fell");
});

test("shortenClaim cuts a single over-long word only because it must", () => {
  const short = shortenClaim("y".repeat(200));
  assert.equal(short.length, CLAIM_REVIEWED_MAX);
  assert.ok(short.endsWith("…"));
});

test("suggestedShortText: the editor's text, else the claim when it fits, else a shortened claim", () => {
  const long = "word ".repeat(30).trim();
  assert.equal(suggestedShortText("Mine", long), "Mine");
  assert.equal(suggestedShortText(null, "Crime fell"), "Crime fell");
  assert.equal(suggestedShortText("  ", long), shortenClaim(long));
});
