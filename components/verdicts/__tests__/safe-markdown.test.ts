// Comments and verdicts are rendered by SafeMarkdown: no raw HTML, no event handlers, no
// javascript: links, links marked nofollow/noopener/noreferrer, and only known @mentions marked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** The HTML React sends for `markdown` (rendered in a child without the react-server condition). */
function render(markdown: string, mentions?: Record<string, string>): string {
  return execFileSync(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "render-safe-markdown.ts")],
    { input: JSON.stringify({ markdown, mentions }), encoding: "utf8" },
  );
}

test("script tags and raw HTML are not rendered", () => {
  const html = render('Hello <script>alert("x")</script> and <b onclick="x()">bold</b>');
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<b[\s>]/i);
  assert.doesNotMatch(html, /onclick/i);
  assert.match(html, /Hello/);
});

test("an image with onerror becomes nothing executable", () => {
  const html = render('<img src=x onerror="alert(1)"> and ![alt](https://x.org/a.png "t")');
  assert.doesNotMatch(html, /onerror/i);
  assert.doesNotMatch(html, /<img/i);
});

test("javascript: and data: links lose their address; http links get rel", () => {
  const html = render(
    "[bad](javascript:alert(1)) [worse](JaVaScRiPt:alert(1)) [data](data:text/html,x) [good](https://example.org/a)",
  );
  assert.doesNotMatch(html, /javascript:/i);
  assert.doesNotMatch(html, /data:text/i);
  assert.match(
    html,
    /<a href="https:\/\/example\.org\/a" rel="nofollow noopener noreferrer">good<\/a>/,
  );
});

test("known @mentions are marked, unknown ones and code stay text", () => {
  const html = render("Ask @Ed, not @nobody; see `@ed` and ed@example.org", { ed: "Ed Editor" });
  assert.match(html, /<span class="mention" title="Ed Editor">@Ed<\/span>/);
  assert.equal(html.match(/class="mention"/g)?.length, 1);
  assert.match(html, /@nobody/);
  assert.match(html, /<code>@ed<\/code>/);
  assert.match(html, /ed@example\.org/);
});
