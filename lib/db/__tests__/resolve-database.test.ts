// DATABASE_URL as an operator writes it: a server that is down, a wrong password, a database
// that does not exist yet (created), each with one clear line.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { checkReachable, dropDatabase, resolveDatabase } from "../local-database";

// The superuser's URL: creating a database is not something the app role may do.
const base = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
const withPath = (name: string) =>
  Object.assign(new URL(base), { pathname: `/${name}` }).toString();
const saved = process.env.DATABASE_URL;
after(() => {
  process.env.DATABASE_URL = saved;
});

test("a database that does not exist yet on a reachable server is created", async () => {
  const name = `claimdesk_resolve_${randomBytes(3).toString("hex")}`;
  process.env.DATABASE_URL = withPath(name);
  try {
    const db = await resolveDatabase();
    assert.equal(db.url, withPath(name));
    assert.equal(db.embedded, null);
    await checkReachable(db.url);
  } finally {
    process.env.DATABASE_URL = saved;
    await dropDatabase(withPath("postgres"), name);
  }
});

test("a server that does not answer: one line naming host and port", async () => {
  process.env.DATABASE_URL = "postgresql://x:y@127.0.0.1:1/claimdesk";
  await assert.rejects(
    resolveDatabase(),
    /^Error: cannot reach database at 127\.0\.0\.1:1 — is it running\?/,
  );
  process.env.DATABASE_URL = saved;
});

test("a wrong password: the user is named, not a stack trace", async () => {
  const wrong = new URL(base);
  wrong.password = "not-the-password";
  await assert.rejects(checkReachable(wrong.toString()), (err: Error) => {
    assert.match(err.message, new RegExp(`refused user "${decodeURIComponent(base.username)}"`));
    return true;
  });
});
