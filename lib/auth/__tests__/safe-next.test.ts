import { test } from "node:test";
import assert from "node:assert/strict";
import { DESK_HOME, safeNextPath } from "../safe-next";

const SITE = "http://localhost:3000";

test("open-redirect payloads for `next` go to the desk home", () => {
  const payloads = [
    "/%5Cevil.example/x",
    "/%09/evil.example/x",
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
  ];
  for (const next of payloads) {
    assert.equal(safeNextPath(next, SITE), DESK_HOME, next);
    // What URLSearchParams hands the form for ?next=<payload>.
    const decoded = new URLSearchParams(`next=${next}`).get("next");
    assert.equal(safeNextPath(decoded, SITE), DESK_HOME, `decoded ${JSON.stringify(decoded)}`);
  }
  assert.equal(safeNextPath("/\t/evil.example", SITE), DESK_HOME);
  assert.equal(
    safeNextPath("http://localhost:3001/queue", SITE),
    DESK_HOME,
    "another port is another origin",
  );
  assert.equal(safeNextPath(null, SITE), DESK_HOME);
});

test("a path on the site is kept with its query and hash", () => {
  assert.equal(safeNextPath("/queue?x=1", SITE), "/queue?x=1");
  assert.equal(safeNextPath("/claims/abc?q=a%20b#sources", SITE), "/claims/abc?q=a%20b#sources");
  assert.equal(safeNextPath(`${SITE}/queue`, SITE), "/queue");
});
