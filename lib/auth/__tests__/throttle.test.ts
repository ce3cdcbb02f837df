// Sign-in throttling under parallel attack, through the real credentials provider (headers in,
// client address out) and a real Postgres.
import { test, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { authOptions } from "../auth-options";
import { PEER_HEADER } from "../client-address";
import { passwordVerificationCount } from "../password";
import { MAX_FAILURES_PER_ADDRESS_PER_MINUTE, MAX_FAILURES_PER_MINUTE } from "../throttle";
import { createUser } from "../../users/create-user";

after(disconnectDb);
afterEach(() => {
  delete process.env.TRUST_PROXY;
});

const PASSWORD = "correct-horse-battery";
const tag = () => Math.random().toString(36).slice(2);

async function newUser() {
  const email = `throttle-${tag()}@test.claimdesk`;
  await createUser({ email, name: "Throttle", role: "EDITOR", password: PASSWORD, actorId: null });
  return email;
}

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };

/** Signs in the way next-auth does: credentials plus the request's headers. */
function authorize(email: string, password: string, headers: Record<string, string>) {
  return provider.options.authorize({ email, password }, { headers });
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (err: Error) =>
      /Too many/.test(err.message)
        ? "throttled"
        : /Wrong/.test(err.message)
          ? "wrong"
          : err.message,
  );

test(`40 parallel wrong passwords on one account: at most ${MAX_FAILURES_PER_MINUTE} reach argon2`, async () => {
  const email = await newUser();
  const before = passwordVerificationCount();
  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      outcome(authorize(email, `wrong-password-${i}`, { [PEER_HEADER]: `198.51.100.${i + 1}` })),
    ),
  );
  const verified = passwordVerificationCount() - before;
  assert.ok(verified <= MAX_FAILURES_PER_MINUTE, `${verified} verifications ran`);
  assert.equal(results.filter((r) => r === "wrong").length, MAX_FAILURES_PER_MINUTE);
  assert.equal(results.filter((r) => r === "throttled").length, 40 - MAX_FAILURES_PER_MINUTE);
  assert.equal(
    await outcome(authorize(email, PASSWORD, { [PEER_HEADER]: "198.51.100.99" })),
    "throttled",
  );
});

test("a rotating X-Forwarded-For does not unblock an address when no proxy is trusted", async () => {
  const peer = "203.0.113.7";
  const before = passwordVerificationCount();
  const results = await Promise.all(
    Array.from({ length: MAX_FAILURES_PER_ADDRESS_PER_MINUTE * 2 }, (_, i) =>
      outcome(
        authorize(`ghost-${tag()}@x.test`, "wrong", {
          [PEER_HEADER]: peer,
          "x-forwarded-for": `192.0.2.${i + 1}`,
        }),
      ),
    ),
  );
  assert.equal(results.filter((r) => r === "wrong").length, MAX_FAILURES_PER_ADDRESS_PER_MINUTE);
  assert.equal(passwordVerificationCount() - before, MAX_FAILURES_PER_ADDRESS_PER_MINUTE);
  const email = await newUser();
  const rotated = {
    [PEER_HEADER]: peer,
    "x-forwarded-for": "192.0.2.250",
    "x-real-ip": "192.0.2.251",
  };
  assert.equal(await outcome(authorize(email, PASSWORD, rotated)), "throttled");
  assert.equal(
    await outcome(authorize(email, PASSWORD, { [PEER_HEADER]: "203.0.113.254" })),
    "ok",
    "another socket address is not blocked",
  );
});

test("with TRUST_PROXY=1 the entry the proxy appended is the client address", async () => {
  process.env.TRUST_PROXY = "1";
  const proxy = "10.9.0.1";
  const client = "192.0.2.77";
  const headers = (forged: string) => ({
    [PEER_HEADER]: proxy,
    "x-forwarded-for": `${forged}, ${client}`,
  });
  for (let i = 0; i < MAX_FAILURES_PER_ADDRESS_PER_MINUTE; i++) {
    assert.equal(
      await outcome(authorize(`ghost-${tag()}@x.test`, "wrong", headers(`10.0.${i}.1`))),
      "wrong",
    );
  }
  const email = await newUser();
  assert.equal(
    await outcome(authorize(email, PASSWORD, headers("10.0.99.1"))),
    "throttled",
    "the client is blocked, whatever it forges",
  );
  const other = { [PEER_HEADER]: proxy, "x-forwarded-for": "192.0.2.0" };
  assert.equal(
    await outcome(authorize(email, PASSWORD, other)),
    "ok",
    "others behind the same proxy are not",
  );
  const rows = await prisma.signInAttempt.findMany({ where: { email }, orderBy: { id: "asc" } });
  assert.deepEqual(
    rows.map((r) => r.ip),
    ["192.0.2.0"],
  );
});

test("an unknown account costs the same argon2 verification as a known one", async () => {
  const email = await newUser();
  const peer = { [PEER_HEADER]: "198.51.100.200" };
  let before = passwordVerificationCount();
  assert.equal(await outcome(authorize(email, "wrong-password!", peer)), "wrong");
  assert.equal(passwordVerificationCount() - before, 1, "known account: one verification");
  before = passwordVerificationCount();
  assert.equal(
    await outcome(authorize(`nobody-${tag()}@x.test`, "wrong-password!", peer)),
    "wrong",
  );
  assert.equal(passwordVerificationCount() - before, 1, "unknown account: one verification too");
});

test("failed sign-ins and lockouts are security events (one lockout event per key and minute)", async () => {
  const email = await newUser();
  for (let i = 0; i < MAX_FAILURES_PER_MINUTE + 3; i++) {
    await outcome(authorize(email, "wrong-password!", { [PEER_HEADER]: `198.51.101.${i}` }));
  }
  const events = await prisma.securityEvent.findMany({ where: { email }, orderBy: { id: "asc" } });
  assert.deepEqual(
    events.map((e) => e.kind),
    [...Array(MAX_FAILURES_PER_MINUTE).fill("signin.failed"), "signin.throttled"],
  );
  assert.equal(events[0]!.ip, "198.51.101.0");
});
