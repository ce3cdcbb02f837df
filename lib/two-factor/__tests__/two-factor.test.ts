// TOTP two-factor sign-in on a real database: enrolment, the two sign-in steps, replay, recovery
// codes, throttling, turning it off, the admin reset and the admin requirement.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { generate } from "otplib";
import { disconnectDb, prisma } from "../../db";
import { runActionAs, authorizedRouteAs } from "../../auth/authorized";
import { userForSession } from "../../auth/user-for-session";
import { TwoFactorRequired, signInWithPassword } from "../../auth/sign-in";
import { signInWithCode } from "../../auth/sign-in-with-code";
import { MAX_FAILURES_PER_MINUTE } from "../../auth/throttle";
import { createTestUser } from "../../testing/users";
import { TEST_PASSWORD, createTwoFactorUser, nextCode } from "../../testing/two-factor";
import { changePasswordAction } from "../../users/users.actions";
import { resetTwoFactor } from "../reset-two-factor";
import { startTwoFactorSetup } from "../start-two-factor-setup";
import { confirmTwoFactorSetup } from "../confirm-two-factor-setup";
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  renewRecoveryCodesAction,
  resetTwoFactorAction,
  setTwoFactorRequirementAction,
  startTwoFactorAction,
} from "../two-factor.actions";
import { openSecret } from "../secret-box";
import { SIGN_IN_EXPIRED_MESSAGE, WRONG_CODE_MESSAGE } from "../two-factor.schema";
import { TWO_FACTOR_SETUP_MESSAGE } from "../two-factor-requirement";
import { CHALLENGE_TTL_MS } from "../sign-in-challenge";

after(disconnectDb);

let ipCounter = 0;
const freshIp = () => `10.77.${Math.floor(ipCounter / 250)}.${ipCounter++ % 250}`;

/** The first step for a two-factor account: the password is right, the answer is a ticket. */
async function passwordStep(email: string, ip = freshIp()): Promise<string> {
  const sessionsBefore = await prisma.userSession.count({ where: { user: { email } } });
  const err = await signInWithPassword({ email, password: TEST_PASSWORD }, { ip }).then(
    () => assert.fail("the password alone opened a session"),
    (e: unknown) => e,
  );
  assert.ok(err instanceof TwoFactorRequired, String(err));
  assert.equal(
    await prisma.userSession.count({ where: { user: { email } } }),
    sessionsBefore,
    "no session after the password alone",
  );
  return err.challenge;
}

test("enrolment: a QR code and the secret, then the first code turns it on and gives 10 recovery codes once (hashed)", async () => {
  process.env.TWO_FACTOR_KEY = "a".repeat(64);
  try {
    const user = await createTestUser("REVIEWER");
    const started = await runActionAs(startTwoFactorAction, user, {});
    assert.ok(started.ok);
    const { secret, qrCode } = started.data;
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.match(qrCode, /^data:image\/png;base64,/);
    const stored = await prisma.twoFactor.findUniqueOrThrow({ where: { userId: user.id } });
    assert.equal(stored.enabledAt, null, "not on before the first code");
    assert.ok(!stored.secret.includes(secret), "the secret is sealed at rest when a key is set");
    assert.equal(openSecret(stored.secret), secret);

    const wrong = await runActionAs(confirmTwoFactorAction, user, { code: "000000" });
    assert.equal(wrong.ok, false);
    const confirmed = await runActionAs(confirmTwoFactorAction, user, {
      code: await generate({ secret }),
    });
    assert.ok(confirmed.ok, confirmed.ok ? "" : confirmed.error);
    const codes = confirmed.data.recoveryCodes;
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    const rows = await prisma.twoFactorRecoveryCode.findMany({ where: { userId: user.id } });
    assert.equal(rows.length, 10);
    for (const row of rows) {
      assert.match(row.codeHash, /^\$argon2id\$/);
      assert.ok(!codes.some((c) => row.codeHash.includes(c.replace("-", ""))));
    }
    const again = await runActionAs(startTwoFactorAction, user, {});
    assert.equal(again.ok ? "ok" : again.code, "CONFLICT", "no second secret while it is on");
    assert.equal(
      await prisma.securityEvent.count({ where: { kind: "twofactor.enrolled", userId: user.id } }),
      1,
    );
  } finally {
    delete process.env.TWO_FACTOR_KEY;
  }
});

test("sign-in: the password alone opens no session; the ticket plus a current code does", async () => {
  const { user, secret } = await createTwoFactorUser();
  const challenge = await passwordStep(user.email);
  const signed = await signInWithCode(
    { challenge, code: await nextCode(secret) },
    { ip: "10.9.0.1" },
  );
  const session = await userForSession(signed.sid);
  assert.equal(session?.id, user.id);
});

test("a code is accepted once: the same code again is refused (replay), and so is an older one", async () => {
  const { user, secret } = await createTwoFactorUser();
  const code = await nextCode(secret);
  await signInWithCode({ challenge: await passwordStep(user.email), code }, { ip: freshIp() });
  await assert.rejects(
    signInWithCode({ challenge: await passwordStep(user.email), code }, { ip: freshIp() }),
    /not right or was already used/,
  );
  await assert.rejects(
    signInWithCode(
      { challenge: await passwordStep(user.email), code: await generate({ secret }) },
      { ip: freshIp() },
    ),
    /not right or was already used/,
    "the enrolment step's code is older than the last one used",
  );
  assert.ok(
    (await prisma.securityEvent.count({ where: { kind: "twofactor.failed", userId: user.id } })) >=
      2,
    "failed codes are security events",
  );
});

test("the ticket: single use, bound to its user, short-lived, and no ticket no sign-in", async () => {
  const { user, secret } = await createTwoFactorUser();
  const other = await createTwoFactorUser();
  const challenge = await passwordStep(user.email);
  await assert.rejects(
    signInWithCode({ challenge: "x".repeat(43), code: await nextCode(secret) }, { ip: freshIp() }),
    (err: Error) => err.message === SIGN_IN_EXPIRED_MESSAGE,
  );
  // Another user's recovery code is no good with this user's ticket.
  await assert.rejects(
    signInWithCode({ challenge, code: other.recoveryCodes[0]! }, { ip: freshIp() }),
    /not right/,
  );
  await signInWithCode({ challenge, code: await nextCode(secret) }, { ip: freshIp() });
  await assert.rejects(
    signInWithCode({ challenge, code: "abcde-fghjk" }, { ip: freshIp() }),
    (err: Error) => err.message === SIGN_IN_EXPIRED_MESSAGE,
    "a used ticket is gone",
  );

  const late = await passwordStep(user.email);
  await prisma.twoFactorChallenge.updateMany({
    where: { userId: user.id },
    data: { expiresAt: new Date(Date.now() - 1) },
  });
  await assert.rejects(
    signInWithCode({ challenge: late, code: "abcde-fghjk" }, { ip: freshIp() }),
    (err: Error) => err.message === SIGN_IN_EXPIRED_MESSAGE,
    "an expired ticket is refused",
  );
  assert.ok(CHALLENGE_TTL_MS <= 10 * 60_000);
});

test("a recovery code signs in once and is spent; the second use is refused", async () => {
  const { user, recoveryCodes } = await createTwoFactorUser();
  const code = recoveryCodes[3]!;
  const signed = await signInWithCode(
    { challenge: await passwordStep(user.email), code: code.toUpperCase() },
    { ip: freshIp() },
  );
  assert.ok(await userForSession(signed.sid));
  await assert.rejects(
    signInWithCode({ challenge: await passwordStep(user.email), code }, { ip: freshIp() }),
    /not right or was already used/,
  );
  assert.equal(
    await prisma.twoFactorRecoveryCode.count({ where: { userId: user.id, usedAt: null } }),
    9,
  );
  const used = await prisma.securityEvent.findFirst({
    where: { kind: "twofactor.recovery_used", userId: user.id },
  });
  assert.deepEqual(used?.detail, { remaining: 9 });
});

test(`wrong codes are throttled like passwords: after ${MAX_FAILURES_PER_MINUTE} the right code is refused too`, async () => {
  const { user, secret } = await createTwoFactorUser();
  const good = await nextCode(secret);
  const bad = good === "000000" ? "111111" : "000000";
  let challenge = "";
  for (let i = 0; i < MAX_FAILURES_PER_MINUTE; i++) {
    challenge = await passwordStep(user.email);
    await assert.rejects(signInWithCode({ challenge, code: bad }, { ip: freshIp() }), /not right/);
  }
  // The last ticket is still live (one failure), but the account is over its limit.
  await assert.rejects(
    signInWithCode({ challenge, code: good }, { ip: freshIp() }),
    /Too many failed sign-in attempts/,
  );
  await assert.rejects(
    signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }),
    /Too many failed sign-in attempts/,
  );
  assert.equal(
    await prisma.securityEvent.count({ where: { kind: "twofactor.failed", userId: user.id } }),
    MAX_FAILURES_PER_MINUTE,
    "each failed code is a security event",
  );
});

test("a ticket dies after five wrong codes, even from many addresses", async () => {
  const { user, secret } = await createTwoFactorUser();
  const challenge = await passwordStep(user.email);
  const good = await nextCode(secret);
  const bad = good === "000000" ? "111111" : "000000";
  // Throttle per account is also five a minute: spread over addresses, the ticket still dies.
  for (let i = 0; i < 5; i++) {
    await assert.rejects(signInWithCode({ challenge, code: bad }, { ip: freshIp() }), /not right/);
  }
  assert.equal(await prisma.twoFactorChallenge.count({ where: { userId: user.id } }), 0);
});

test("turning two-factor off and renewing recovery codes need the password and a code", async () => {
  const { user, secret, recoveryCodes } = await createTwoFactorUser();
  const wrongPassword = await runActionAs(renewRecoveryCodesAction, user, {
    currentPassword: "not-the-password",
    code: recoveryCodes[0],
  });
  assert.equal(wrongPassword.ok ? "ok" : wrongPassword.code, "INVALID");
  const noCode = await runActionAs(renewRecoveryCodesAction, user, {
    currentPassword: TEST_PASSWORD,
    code: "",
  });
  assert.equal(noCode.ok ? "ok" : noCode.code, "INVALID");
  const renewed = await runActionAs(renewRecoveryCodesAction, user, {
    currentPassword: TEST_PASSWORD,
    code: await nextCode(secret),
  });
  assert.ok(renewed.ok, renewed.ok ? "" : renewed.error);
  const fresh = renewed.data.recoveryCodes;
  const oldCode = await runActionAs(disableTwoFactorAction, user, {
    currentPassword: TEST_PASSWORD,
    code: recoveryCodes[1],
  });
  assert.equal(
    oldCode.ok ? "ok" : oldCode.error,
    WRONG_CODE_MESSAGE,
    "old recovery codes stopped working",
  );
  const off = await runActionAs(disableTwoFactorAction, user, {
    currentPassword: TEST_PASSWORD,
    code: fresh[0],
  });
  assert.ok(off.ok, off.ok ? "" : off.error);
  assert.equal(await prisma.twoFactor.count({ where: { userId: user.id } }), 0);
  assert.equal(await prisma.twoFactorRecoveryCode.count({ where: { userId: user.id } }), 0);
  const signed = await signInWithPassword(
    { email: user.email, password: TEST_PASSWORD },
    { ip: freshIp() },
  );
  assert.ok(signed.sid, "with two-factor off the password is enough again");
  for (const kind of ["twofactor.recovery_renewed", "twofactor.disabled", "twofactor.failed"]) {
    assert.ok(await prisma.securityEvent.findFirst({ where: { kind, userId: user.id } }), kind);
  }
});

test("an admin resets someone's two-factor: sessions end, audited, a security event; not their own", async () => {
  const admin = await createTestUser("ADMIN");
  const { user } = await createTwoFactorUser("REVIEWER");
  assert.ok(await userForSession(user.sid));
  const own = await runActionAs(resetTwoFactorAction, admin, { userId: admin.id });
  assert.equal(own.ok ? "ok" : own.code, "CONFLICT");
  const byEditor = await runActionAs(resetTwoFactorAction, await createTestUser("EDITOR"), {
    userId: user.id,
  });
  assert.equal(byEditor.ok ? "ok" : byEditor.code, "FORBIDDEN");
  const reset = await runActionAs(resetTwoFactorAction, admin, { userId: user.id });
  assert.ok(reset.ok, reset.ok ? "" : reset.error);
  assert.equal(await userForSession(user.sid), null, "their sessions ended");
  assert.equal(await prisma.twoFactor.count({ where: { userId: user.id } }), 0);
  const event = await prisma.securityEvent.findFirst({
    where: { kind: "twofactor.reset", userId: user.id },
  });
  assert.equal(event?.actorId, admin.id);
  assert.ok(
    await prisma.auditLog.findFirst({
      where: { action: "user.twoFactor.reset", entityId: user.id },
    }),
  );
  const signed = await signInWithPassword(
    { email: user.email, password: TEST_PASSWORD },
    { ip: freshIp() },
  );
  assert.ok(signed.sid);

  // The command line (users reset-two-factor) runs the same use case with no actor.
  const { user: another } = await createTwoFactorUser("ADMIN");
  await resetTwoFactor({ actorId: null, userId: another.id });
  assert.equal(await prisma.twoFactor.count({ where: { userId: another.id } }), 0);
  assert.equal(await userForSession(another.sid), null);
});

test("required for ADMIN and REVIEWER: without two-factor only enrolment is allowed, on the server", async () => {
  const { user: admin } = await createTwoFactorUser("ADMIN");
  const bare = await createTestUser("ADMIN");
  const refused = await runActionAs(setTwoFactorRequirementAction, bare, { required: true });
  assert.equal(
    refused.ok ? "ok" : refused.code,
    "CONFLICT",
    "an admin without it would lock themselves out",
  );

  const on = await runActionAs(setTwoFactorRequirementAction, admin, { required: true });
  assert.ok(on.ok, on.ok ? "" : on.error);
  try {
    const event = await prisma.securityEvent.findFirst({
      where: { kind: "twofactor.required", actorId: admin.id },
      orderBy: { id: "desc" },
    });
    assert.deepEqual(event?.detail, { required: true, before: false });
    assert.ok(
      await prisma.auditLog.findFirst({
        where: { action: "settings.twoFactor", actorId: admin.id },
      }),
    );

    const reviewer = (await userForSession((await createTestUser("REVIEWER")).sid))!;
    assert.equal(reviewer.mustSetUpTwoFactor, true);
    const editor = (await userForSession((await createTestUser("EDITOR")).sid))!;
    assert.equal(editor.mustSetUpTwoFactor, false, "editors and viewers are not held");
    assert.equal((await userForSession(admin.sid))!.mustSetUpTwoFactor, false);

    // Any other action is refused for the reviewer, and so are route handlers.
    const blocked = await runActionAs(changePasswordAction, reviewer, {
      currentPassword: "x",
      newPassword: "plaid-otter-quarry-41",
      confirmPassword: "plaid-otter-quarry-41",
    });
    assert.deepEqual(blocked.ok ? "ok" : [blocked.code, blocked.error], [
      "FORBIDDEN",
      TWO_FACTOR_SETUP_MESSAGE,
    ]);
    const route = await authorizedRouteAs(
      reviewer,
      "report:export",
      async () => new Response("ok"),
    );
    assert.equal(route.status, 403);

    // Enrolment is allowed, and once it is done the reviewer is free.
    const started = await runActionAs(startTwoFactorAction, reviewer, {});
    assert.ok(started.ok, started.ok ? "" : started.error);
    const done = await runActionAs(confirmTwoFactorAction, reviewer, {
      code: await generate({ secret: started.data.secret }),
    });
    assert.ok(done.ok, done.ok ? "" : done.error);
    assert.equal((await userForSession(reviewer.sid))!.mustSetUpTwoFactor, false);
  } finally {
    const off = await runActionAs(setTwoFactorRequirementAction, admin, { required: false });
    assert.ok(off.ok);
  }
  const reviewer = (await userForSession((await createTestUser("REVIEWER")).sid))!;
  assert.equal(reviewer.mustSetUpTwoFactor, false, "off again: nobody is held");
});

test("a restarted setup replaces the waiting secret; the old secret's code no longer completes it", async () => {
  const user = await createTestUser("EDITOR");
  const first = await startTwoFactorSetup({ user });
  const second = await startTwoFactorSetup({ user });
  assert.notEqual(first.secret, second.secret);
  await assert.rejects(
    confirmTwoFactorSetup({ user, code: await generate({ secret: first.secret }) }),
    /not right/,
  );
  await confirmTwoFactorSetup({ user, code: await generate({ secret: second.secret }) });
});
