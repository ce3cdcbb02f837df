import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { userForSession } from "../../auth/current-user";
import { isCommonPassword } from "../../auth/common-passwords";
import { signInWithPassword } from "../../auth/sign-in";
import { changePasswordAction, createUserAction } from "../users.actions";
import { createUser } from "../create-user";
import { resetPassword } from "../reset-password";
import { createTestUser } from "../../testing/users";

after(disconnectDb);

const PASSWORD = "correct-horse-battery";
const NEW_PASSWORD = "plaid-otter-quarry-41";

async function signedInTwice() {
  const email = `pw-${Math.random().toString(36).slice(2)}@test.claimdesk`;
  await createUser({ email, name: "Pat Word", role: "VIEWER", password: PASSWORD, actorId: null });
  const here = await signInWithPassword({ email, password: PASSWORD }, { ip: "10.20.0.1" });
  const elsewhere = await signInWithPassword({ email, password: PASSWORD }, { ip: "10.20.0.2" });
  return { email, here: (await userForSession(here.sid))!, elsewhereSid: elsewhere.sid };
}

test("changing one's password ends the other sessions and keeps this one", async () => {
  const { email, here, elsewhereSid } = await signedInTwice();
  const result = await runActionAs(changePasswordAction, here, {
    currentPassword: PASSWORD,
    newPassword: NEW_PASSWORD,
    confirmPassword: NEW_PASSWORD,
  });
  assert.deepEqual(result, { ok: true, data: { endedSessions: 1 } });
  assert.equal(await userForSession(elsewhereSid), null, "the other browser is signed out");
  assert.ok(await userForSession(here.sid), "this browser stays signed in");
  await assert.rejects(
    signInWithPassword({ email, password: PASSWORD }, { ip: "10.20.0.3" }),
    /Wrong/,
  );
  assert.ok(await signInWithPassword({ email, password: NEW_PASSWORD }, { ip: "10.20.0.3" }));
  const event = await prisma.securityEvent.findFirst({
    where: { kind: "user.password", userId: here.id },
  });
  assert.equal(event?.actorId, here.id);
});

test("a wrong current password changes nothing", async () => {
  const { here, elsewhereSid } = await signedInTwice();
  const result = await runActionAs(changePasswordAction, here, {
    currentPassword: "not-my-password",
    newPassword: NEW_PASSWORD,
    confirmPassword: NEW_PASSWORD,
  });
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.fieldErrors?.currentPassword);
  assert.ok(await userForSession(elsewhereSid));
});

test("common and breached passwords are refused for new passwords (shipped list, offline)", async () => {
  assert.ok(isCommonPassword("qwertyuiop123"));
  assert.ok(isCommonPassword("Sunshine2024!!"), "a common word with digits and symbols appended");
  assert.ok(!isCommonPassword(NEW_PASSWORD));

  const { here } = await signedInTwice();
  const changed = await runActionAs(changePasswordAction, here, {
    currentPassword: PASSWORD,
    newPassword: "qwertyuiop123",
    confirmPassword: "qwertyuiop123",
  });
  assert.equal(changed.ok, false);
  assert.ok(!changed.ok && /common or breached/.test(changed.fieldErrors?.newPassword?.[0] ?? ""));

  const admin = await createTestUser("ADMIN");
  const created = await runActionAs(createUserAction, admin, {
    email: `common-${Math.random().toString(36).slice(2)}@test.claimdesk`,
    name: "Common",
    role: "VIEWER",
    password: "password1234",
  });
  assert.equal(created.ok, false);
  assert.ok(!created.ok && created.fieldErrors?.password);
  await assert.rejects(
    resetPassword({ actorId: null, email: here.email, password: "1q2w3e4r5t6y" }),
    /common or breached/,
  );
});
