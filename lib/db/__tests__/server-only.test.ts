// Every lib module that reaches the database (imports lib/db or the generated Prisma client at
// run time) imports "server-only", so a client component that pulls one in fails the build
// instead of shipping database code to the browser. Scripts and tests load these modules with
// `node --conditions=react-server`, under which "server-only" is empty (its package.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { globSync } from "tinyglobby";

const DATABASE = [
  /^lib\/db(\/(index|clients|transaction|notify-outbox))?$/,
  /^lib\/generated\/prisma\/client$/,
];
// `import x from "…"` / `import { a, type B } from "…"`, but not `import type …` nor imports
// that name only types (both vanish at run time).
const IMPORT = /^import\s+(?!type\s)([^"';]*?)\s*from\s*["']([^"']+)["']/gms;

function reachesDatabase(file: string, text: string): boolean {
  for (const [, clause, spec] of text.matchAll(IMPORT)) {
    const named = clause!.match(/^\{([^}]*)\}$/s);
    if (named && named[1]!.split(",").every((n) => !n.trim() || n.trim().startsWith("type ")))
      continue;
    const target = spec!.startsWith("@/")
      ? spec!.slice(2)
      : spec!.startsWith(".")
        ? relative(process.cwd(), resolve(dirname(file), spec!))
        : spec!;
    if (DATABASE.some((re) => re.test(target.replace(/\.ts$/, "")))) return true;
  }
  return false;
}

test("every lib module that reaches the database imports server-only", () => {
  const files = globSync("lib/**/*.ts", { ignore: ["**/__tests__/**", "lib/generated/**"] });
  const reaching = files.filter((f) => reachesDatabase(f, readFileSync(f, "utf8")));
  assert.ok(reaching.length > 50, `found only ${reaching.length} modules that reach the database`);
  const missing = reaching.filter((f) => !/^import "server-only";$/m.test(readFileSync(f, "utf8")));
  assert.deepEqual(missing, []);
});

test('outside the react-server condition "server-only" throws; with it the CLI modules load', () => {
  const load = (conditions: string[]) =>
    spawnSync(
      process.execPath,
      [
        ...conditions,
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        'await import("./lib/db/index.ts")',
      ],
      { cwd: join(import.meta.dirname, "../../.."), encoding: "utf8" },
    );
  const plain = load([]);
  assert.notEqual(plain.status, 0);
  assert.match(plain.stderr, /Client Component module|server-only|cannot be imported/i);
  const server = load(["--conditions=react-server"]);
  assert.equal(server.status, 0, server.stderr);
});
