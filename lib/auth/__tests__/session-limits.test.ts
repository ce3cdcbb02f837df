// Idle timeout and absolute lifetime, enforced where the session row is read.
import { test, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { userForSession } from "../current-user";
import { createTestUser } from "../../testing/users";

after(disconnectDb);
afterEach(() => {
  delete process.env.SESSION_IDLE_MINUTES;
  delete process.env.SESSION_MAX_HOURS;
});

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

test("a session idle for longer than SESSION_IDLE_MINUTES (default 60) ends and its row is deleted", async () => {
  const user = await createTestUser("EDITOR");
  await prisma.userSession.update({
    where: { id: user.sid },
    data: { lastSeenAt: minutesAgo(59) },
  });
  assert.ok(await userForSession(user.sid), "59 idle minutes: still signed in");
  await prisma.userSession.update({
    where: { id: user.sid },
    data: { lastSeenAt: minutesAgo(61) },
  });
  assert.equal(await userForSession(user.sid), null);
  assert.equal(await prisma.userSession.count({ where: { id: user.sid } }), 0);

  process.env.SESSION_IDLE_MINUTES = "5";
  const other = await createTestUser("EDITOR");
  await prisma.userSession.update({
    where: { id: other.sid },
    data: { lastSeenAt: minutesAgo(6) },
  });
  assert.equal(await userForSession(other.sid), null, "the variable shortens it");
});

test("a request counts as activity; the live queue's background re-check does not", async () => {
  const user = await createTestUser("EDITOR");
  await prisma.userSession.update({
    where: { id: user.sid },
    data: { lastSeenAt: minutesAgo(30) },
  });
  await userForSession(user.sid, { touch: false });
  let row = await prisma.userSession.findUniqueOrThrow({ where: { id: user.sid } });
  assert.ok(row.lastSeenAt < minutesAgo(29));
  await userForSession(user.sid);
  row = await prisma.userSession.findUniqueOrThrow({ where: { id: user.sid } });
  assert.ok(row.lastSeenAt > minutesAgo(1));
});

test("a busy session still ends SESSION_MAX_HOURS (default 12) after sign-in", async () => {
  const user = await createTestUser("EDITOR");
  const farFuture = new Date(Date.now() + 48 * 3_600_000);
  await prisma.userSession.update({
    where: { id: user.sid },
    data: { createdAt: minutesAgo(11 * 60), expiresAt: farFuture },
  });
  assert.ok(await userForSession(user.sid), "11 hours in, active: still signed in");
  await prisma.userSession.update({
    where: { id: user.sid },
    data: { createdAt: minutesAgo(12 * 60 + 1), lastSeenAt: new Date() },
  });
  assert.equal(await userForSession(user.sid), null);

  process.env.SESSION_MAX_HOURS = "1";
  const other = await createTestUser("EDITOR");
  await prisma.userSession.update({
    where: { id: other.sid },
    data: { createdAt: minutesAgo(61), expiresAt: farFuture },
  });
  assert.equal(await userForSession(other.sid), null, "the variable shortens it");
});

test("a malformed session id is no session", async () => {
  assert.equal(await userForSession("not-a-uuid"), null);
});
