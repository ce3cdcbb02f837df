import assert from "node:assert/strict";
import { test } from "node:test";
import { ArticleInputError, decodeArticle, MAX_ARTICLE_BYTES } from "../../read-article-file";

const bytes = (s: string) => new TextEncoder().encode(s);
const refuses = (input: Uint8Array, name: string, message: RegExp) =>
  assert.throws(
    () => decodeArticle(input, name),
    (e: unknown) => e instanceof ArticleInputError && message.test(e.message),
  );

test("bad input is refused with a clear message", () => {
  refuses(bytes(""), "a.txt", /empty/);
  refuses(bytes("  \n "), "a.txt", /empty/);
  refuses(new Uint8Array([0x48, 0x00, 0x49]), "a.bin", /binary/);
  refuses(new Uint8Array([0x48, 0xff, 0xfe, 0x49]), "a.txt", /UTF-8/);
  refuses(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x41), "big.txt", /10 MB/);
  refuses(
    bytes("<html><body><p>Hi</p><script>alert(1)</script></body></html>"),
    "a.html",
    /script/,
  );
});

test("HTML without scripts becomes text", () => {
  const text = decodeArticle(
    bytes(
      "<html><body><h1>Title</h1><p>“Trade rose,” she said.&nbsp;Yes &amp; no.</p></body></html>",
    ),
    "a.html",
  );
  assert.equal(text, "Title\n\n“Trade rose,” she said. Yes & no.");
});

test("plain UTF-8 passes unchanged", () => {
  assert.equal(decodeArticle(bytes("Привет, world"), "a.txt"), "Привет, world");
});
