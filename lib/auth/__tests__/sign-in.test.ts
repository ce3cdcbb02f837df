import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { signInWithPassword, endSession } from "../sign-in";
import { userForSession } from "../current-user";
import { createUser } from "../../users/create-user";
import { updateUserAccess } from "../../users/update-user-access";
import { MAX_FAILURES_PER_MINUTE } from "../throttle";

after(disconnectDb);

const PASSWORD = "correct-horse-battery";

async function newUser(role: "EDITOR" | "ADMIN" = "EDITOR") {
  const email = `signin-${Math.random().toString(36).slice(2)}@test.claimdesk`;
  await createUser({ email, name: "Sign In", role, password: PASSWORD, actorId: null });
  return email;
}

test("a correct password opens a server-side session; only the argon2id hash is stored", async () => {
  const email = await newUser();
  const signed = await signInWithPassword({ email, password: PASSWORD }, { ip: "10.0.0.1" });
  const user = await userForSession(signed.sid);
  assert.equal(user?.email, email);
  const row = await prisma.user.findUniqueOrThrow({ where: { email } });
  assert.match(row.passwordHash, /^\$argon2id\$/);
  assert.ok(!row.passwordHash.includes(PASSWORD));
  await endSession(signed.sid);
  assert.equal(await userForSession(signed.sid), null, "sign-out ends the session");
});

test("a wrong password is refused with a clear message", async () => {
  const email = await newUser();
  await assert.rejects(
    signInWithPassword({ email, password: "wrong-password!" }, { ip: "10.0.0.2" }),
    /Wrong email or password/,
  );
  await assert.rejects(
    signInWithPassword({ email: "nobody@x.test", password: PASSWORD }, { ip: "10.0.0.2" }),
    /Wrong email or password/,
  );
});

test(`after ${MAX_FAILURES_PER_MINUTE} failures in a minute the account is throttled, even with the right password`, async () => {
  const email = await newUser();
  for (let i = 0; i < MAX_FAILURES_PER_MINUTE; i++) {
    await assert.rejects(
      signInWithPassword({ email, password: "wrong-password!" }, { ip: `10.1.0.${i}` }),
      /Wrong/,
    );
  }
  await assert.rejects(
    signInWithPassword({ email, password: PASSWORD }, { ip: "10.1.0.99" }),
    /Too many failed sign-in attempts/,
  );
});

test("failures from one IP across accounts throttle that IP", async () => {
  const ip = "10.2.0.1";
  for (let i = 0; i < MAX_FAILURES_PER_MINUTE * 4; i++) {
    await assert.rejects(
      signInWithPassword({ email: `ghost${i}@x.test`, password: "x" }, { ip }),
      /Wrong/,
    );
  }
  const email = await newUser();
  await assert.rejects(signInWithPassword({ email, password: PASSWORD }, { ip }), /Too many/);
  const ok = await signInWithPassword({ email, password: PASSWORD }, { ip: "10.2.0.2" });
  assert.ok(ok.sid);
});

test("deactivating a user ends their sessions at once and blocks sign-in", async () => {
  const adminEmail = await newUser("ADMIN");
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: adminEmail } });
  const email = await newUser();
  const signed = await signInWithPassword({ email, password: PASSWORD }, { ip: "10.3.0.1" });
  assert.ok(await userForSession(signed.sid));
  await updateUserAccess({ actorId: admin.id, userId: signed.id, active: false });
  assert.equal(await userForSession(signed.sid), null);
  await assert.rejects(
    signInWithPassword({ email, password: PASSWORD }, { ip: "10.3.0.1" }),
    /Wrong email or password/,
  );
  const audit = await prisma.auditLog.findFirst({
    where: { entityId: signed.id, action: "user.deactivate" },
  });
  assert.equal(audit?.actorId, admin.id);
});
