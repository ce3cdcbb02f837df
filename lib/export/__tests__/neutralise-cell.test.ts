import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "../neutralise-cell";

test("cells that a spreadsheet would run as a formula get a leading apostrophe", () => {
  for (const bad of [
    "=SUM(A1:A9)",
    "+1+2",
    "-2+3",
    "@cmd",
    "\tx",
    "\rx",
    '=HYPERLINK("http://evil","x")',
  ]) {
    assert.equal(neutraliseCell(bad), `'${bad}`);
  }
});

test("ordinary text is left alone", () => {
  for (const ok of ["Unemployment fell 40%", "", " =not at start", "a=b", "“quoted”", "Zürich"]) {
    assert.equal(neutraliseCell(ok), ok);
  }
});

test("neutralised cells survive a CSV round trip", () => {
  const row = ["=1+1", 'He said "no",\r\nthen left'].map(neutraliseCell);
  const [back] = parse(stringify([row], { record_delimiter: "\r\n" }));
  assert.deepEqual(back, ["'=1+1", 'He said "no",\r\nthen left']);
});
