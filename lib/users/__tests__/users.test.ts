import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { changeRoleAction, createUserAction, setUserActiveAction } from "../users.actions";
import { ensureFirstAdmin } from "../../seed/ensure-first-admin";

after(disconnectDb);

const input = () => ({
  email: `made-${Math.random().toString(36).slice(2)}@test.claimdesk`,
  name: "Made",
  role: "EDITOR",
  password: "long-enough-password",
});

test("only admins may manage users; everyone else is refused by the server", async () => {
  for (const role of ["EDITOR", "REVIEWER", "VIEWER"] as const) {
    const actor = await createTestUser(role);
    const attempt = input();
    const result = await runActionAs(createUserAction, actor, attempt);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.code, "FORBIDDEN");
    assert.equal(await prisma.user.count({ where: { email: attempt.email } }), 0);
  }
  const signedOut = await runActionAs(createUserAction, null, input());
  assert.equal(!signedOut.ok && signedOut.code, "UNAUTHENTICATED");

  const admin = await createTestUser("ADMIN");
  const made = await runActionAs(createUserAction, admin, input());
  assert.equal(made.ok, true);
});

test("bad input names the field and writes nothing", async () => {
  const admin = await createTestUser("ADMIN");
  const bad = { ...input(), password: "short" };
  const result = await runActionAs(createUserAction, admin, bad);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.error : "", /password: Use at least 12 characters/);
  assert.deepEqual(!result.ok && result.fieldErrors?.password, ["Use at least 12 characters"]);
  assert.equal(await prisma.user.count({ where: { email: bad.email } }), 0);

  const dup = input();
  assert.equal((await runActionAs(createUserAction, admin, dup)).ok, true);
  const again = await runActionAs(createUserAction, admin, dup);
  assert.equal(!again.ok && again.code, "CONFLICT");
});

test("role changes are audited; an admin cannot demote or deactivate themselves", async () => {
  const admin = await createTestUser("ADMIN");
  const target = await createTestUser("VIEWER");
  const changed = await runActionAs(changeRoleAction, admin, {
    userId: target.id,
    role: "REVIEWER",
  });
  assert.equal(changed.ok, true);
  const audit = await prisma.auditLog.findFirstOrThrow({
    where: { entityId: target.id, action: "user.role" },
  });
  assert.deepEqual(audit.before, { role: "VIEWER", active: true });
  assert.deepEqual(audit.after, { role: "REVIEWER", active: true });

  const self = await runActionAs(setUserActiveAction, admin, { userId: admin.id, active: false });
  assert.equal(!self.ok && self.code, "CONFLICT");
  const unknown = await runActionAs(changeRoleAction, admin, {
    userId: "00000000-0000-4000-8000-000000000000",
    role: "ADMIN",
  });
  assert.equal(!unknown.ok && unknown.code, "NOT_FOUND");
});

test("the first admin is created once, with a generated password when none is given", async () => {
  const first = await ensureFirstAdmin({ email: "someone@x.test" });
  // The test database already has admins from the tests above, so nothing new is created.
  assert.equal(first.created, false);
  assert.equal(first.generatedPassword, null);
  await assert.rejects(
    (async () => {
      await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
      try {
        await ensureFirstAdmin({ email: "x@x.test", password: "short" });
      } finally {
        await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { active: true } });
      }
    })(),
    /ADMIN_PASSWORD must have at least 12 characters/,
  );
});
