// The dry-run contract editors' scripts and our measurements use: stdout is only a JSON array.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../lib/run-cli";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = process.cwd();

const cli = (args: string[]) => runCli(args, { ...process.env, DATABASE_URL: "" });

const KEYS = [
  "attribution",
  "claim",
  "end",
  "file",
  "kind",
  "language",
  "quote",
  "reasons",
  "score",
  "speaker",
  "start",
];

test("an article outside the manifest: its most-quoted person is the speaker, and stdout is only the JSON array", async () => {
  const dir = mkdtempSync(join(tmpdir(), "claimdesk-dry-"));
  const path = join(dir, "unseen-interview.txt");
  copyFileSync(join(root, "seeds/004_30c81bb1024f36a2.txt"), path); // a name the manifest does not know
  const { code, stdout, stderr } = await cli(["import", "--dry-run", "--json", path]);
  assert.equal(code, 0, stderr);
  const rows = JSON.parse(stdout) as Record<string, unknown>[];
  assert.ok(rows.length > 5);
  const text = readFileSync(path, "utf8");
  for (const r of rows) {
    assert.deepEqual(Object.keys(r).sort(), KEYS);
    assert.equal(r.file, "unseen-interview.txt");
    assert.equal(r.language, "en"); // detected: no --language, not in the manifest
    assert.equal(r.speaker, "Anatoly Viktorov"); // guessed: the file is not in the manifest
    assert.ok(
      ["direct-quote", "reported", "reported-continuation", "qa-answer", "authored"].includes(
        r.attribution as string,
      ),
      String(r.attribution),
    );
    assert.equal(text.slice(r.start as number, r.end as number), r.quote);
    assert.ok((r.score as number) >= 0 && (r.score as number) <= 1);
  }
  // "the ambassador noted …" only counts once the introduction ("Russia's ambassador to Israel,
  // Anatoly Viktorov") has taught the importer who "the ambassador" is.
  assert.ok(rows.some((r) => String(r.quote).includes("legal process underway since late 2019")));
});

test("one bad file among several: the others are still listed, the bad one is named on stderr, exit 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "claimdesk-dry-"));
  const bad = join(dir, "empty.txt");
  writeFileSync(bad, "");
  const { code, stdout, stderr } = await cli([
    "import",
    "--dry-run",
    "--json",
    bad,
    join(root, "seeds/000_215bea482339008d.txt"),
  ]);
  assert.equal(code, 1);
  const rows = JSON.parse(stdout) as { file: string }[];
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => r.file === "000_215bea482339008d.txt"));
  assert.equal(stderr.trim().split("\n").length, 1);
  assert.match(stderr, /empty\.txt/);
});

test("a single bad file: one line on stderr, nothing on stdout, exit 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "claimdesk-dry-"));
  const bad = join(dir, "nobody.txt");
  writeFileSync(bad, "The weather was fine. Nobody said anything at all.\n");
  const { code, stdout, stderr } = await cli(["import", "--dry-run", "--json", bad]);
  assert.equal(code, 1);
  assert.equal(stdout, "");
  assert.equal(stderr.trim().split("\n").length, 1);
});

test("--language: a code that names no language, or one detection cannot read, is refused with its name", async () => {
  const seed = join(root, "seeds/000_215bea482339008d.txt");
  const unknown = await cli(["import", "--dry-run", "--json", "--language", "xx", seed]);
  assert.equal(unknown.code, 1);
  assert.equal(unknown.stdout, "");
  assert.match(
    unknown.stderr,
    /"xx" is not a language code; use a two-letter one such as en or ru/,
  );
  const german = await cli(["import", "--dry-run", "--json", "--language", "de", seed]);
  assert.equal(german.code, 1);
  assert.match(
    german.stderr,
    /German \(de\) is not supported: claim detection reads English \(en\)/,
  );
  const given = await cli(["import", "--dry-run", "--json", "--language", "EN", seed]);
  assert.equal(given.code, 0, given.stderr);
  assert.ok((JSON.parse(given.stdout) as { language: string }[]).every((r) => r.language === "en"));
});

test("--speaker in either script names the manifest's speaker: the same claims, under his display name", async () => {
  const dir = mkdtempSync(join(tmpdir(), "claimdesk-dry-"));
  const path = join(dir, "outside-the-manifest.txt");
  copyFileSync(join(root, "seeds/003_759a26c277f83cb2.txt"), path);
  const latin = await cli(["import", "--dry-run", "--json", "--speaker", "Anatoly Viktorov", path]);
  const cyrillic = await cli([
    "import",
    "--dry-run",
    "--json",
    "--speaker",
    "АНАТОЛИЙ ВИКТОРОВ",
    path,
  ]);
  assert.equal(latin.code, 0, latin.stderr);
  assert.equal(cyrillic.code, 0, cyrillic.stderr);
  const rows = JSON.parse(cyrillic.stdout) as { speaker: string }[];
  assert.ok(rows.length > 3);
  assert.ok(rows.every((r) => r.speaker === "Anatoly Viktorov"));
  assert.deepEqual(rows, JSON.parse(latin.stdout));
});
