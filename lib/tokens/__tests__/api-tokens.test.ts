// API tokens: stored hashed, shown once, scopes ∩ role through the one gate, 401 for missing,
// unknown, revoked and expired tokens, 429 with Retry-After past the per-token rate, and the CLI.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../../../scripts/lib/run-cli";
import { disconnectDb, prisma } from "../../db";
import { checkPermission } from "../../auth/authorized";
import { ActionError } from "../../auth/errors";
import { PERMISSIONS, ROLES, can } from "../../auth/permissions";
import type { Role } from "../../generated/prisma/enums";
import { handlerOf } from "../../api/v1/operations";
import { createTestUser } from "../../testing/users";
import { authenticateApiToken } from "../authenticate-api-token";
import { createApiToken } from "../create-api-token";
import { revokeApiToken } from "../revoke-api-token";
import { SCOPE_PERMISSIONS, TOKEN_SCOPES, type TokenScope } from "../token-scopes";
import { hashSecret, parseToken } from "../token-secret";

after(disconnectDb);

const listClaims = handlerOf("listClaims");
const noParams = { params: Promise.resolve({}) };
const get = (token?: string) =>
  listClaims(
    new Request("http://desk.test/api/v1/claims", {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
    noParams,
  );

async function tokenFor(role: Role, scopes: TokenScope[], expiresInDays?: number) {
  const user = await createTestUser(role);
  const created = await createApiToken({
    actorId: null,
    userId: user.id,
    name: "test",
    scopes,
    expiresInDays,
  });
  return { user, ...created };
}

async function expectProblem(response: Response, status: number, detail: RegExp) {
  assert.equal(response.status, status);
  assert.equal(response.headers.get("content-type"), "application/problem+json");
  const body = (await response.json()) as { status: number; detail: string; type: string };
  assert.equal(body.status, status);
  assert.match(body.detail, detail);
  assert.ok(body.type);
  return body;
}

test("a token is stored as the SHA-256 of its secret, never in clear, with an audit row", async () => {
  const { token, id } = await tokenFor("EDITOR", ["read"]);
  const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
  const { secret } = parseToken(token)!;
  assert.equal(row.secretHash, hashSecret(secret));
  assert.ok(!JSON.stringify(row).includes(secret), "the secret is not in the row");
  const audit = await prisma.auditLog.findFirst({
    where: { entityId: id, action: "token.create" },
  });
  assert.ok(audit);
  assert.ok(!JSON.stringify([audit.before, audit.after]).includes(secret), "nor in the audit row");
});

test("a valid token lists claims and records its last use", async () => {
  const { token, id } = await tokenFor("VIEWER", ["read"]);
  assert.equal((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt, null);
  const response = await get(token);
  assert.equal(response.status, 200);
  const body = (await response.json()) as { items: unknown[]; nextCursor: string | null };
  assert.ok(Array.isArray(body.items));
  assert.ok((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt);
});

test("401 problem+json without a token, with a malformed, unknown, wrong-secret, revoked or expired one", async () => {
  await expectProblem(await get(), 401, /No API token/);
  await expectProblem(await get("not-a-token"), 401, /not a Claimdesk API token/);
  const { token, id } = await tokenFor("ADMIN", ["read"]);
  const { secret } = parseToken(token)!;
  const wrongSecret = token.replace(
    secret,
    `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`,
  );
  await expectProblem(await get(wrongSecret), 401, /not known/);
  const unknownId = token.replace(/^cdk_[0-9a-f]{32}/, `cdk_${"0".repeat(32)}`);
  await expectProblem(await get(unknownId), 401, /not known/);
  const untouched = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
  assert.equal(untouched.lastUsedAt, null, "a wrong secret neither counts as a use…");
  assert.equal(untouched.windowCount, 0, "…nor against the token's rate");
  const unauthorized = await get();
  assert.equal(unauthorized.headers.get("www-authenticate"), 'Bearer realm="claimdesk"');

  assert.equal((await get(token)).status, 200);
  await revokeApiToken({ actorId: null, tokenId: id });
  await expectProblem(await get(token), 401, /revoked/);

  const expiring = await tokenFor("ADMIN", ["read"], 1);
  assert.equal((await get(expiring.token)).status, 200);
  await prisma.apiToken.update({
    where: { id: expiring.id },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  await expectProblem(await get(expiring.token), 401, /expired/);
});

test("a deactivated user's token stops working at once", async () => {
  const { token, user } = await tokenFor("EDITOR", ["read"]);
  await prisma.user.update({ where: { id: user.id }, data: { active: false } });
  await expectProblem(await get(token), 401, /deactivated/);
});

test("past the per-token rate: 429 problem+json with Retry-After; another token is unaffected", async () => {
  const previous = process.env.API_RATE_PER_MINUTE;
  process.env.API_RATE_PER_MINUTE = "3";
  try {
    const busy = await tokenFor("VIEWER", ["read"]);
    const other = await tokenFor("VIEWER", ["read"]);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => get(busy.token)));
    const statuses = answers.map((r) => r.status).sort();
    assert.deepEqual(
      statuses,
      [200, 200, 200, 429, 429],
      "exactly the rate gets through, in parallel too",
    );
    const limited = answers.find((r) => r.status === 429)!;
    const retryAfter = Number(limited.headers.get("retry-after"));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    await expectProblem(limited, 429, /more than 3 requests/);
    assert.equal((await get(other.token)).status, 200);
  } finally {
    if (previous === undefined) delete process.env.API_RATE_PER_MINUTE;
    else process.env.API_RATE_PER_MINUTE = previous;
  }
});

test("scope × role matrix: a token may do what its scopes AND its user's role allow, nothing else", async () => {
  for (const role of ROLES) {
    for (const scope of TOKEN_SCOPES) {
      // Made while the user was an admin, then the role narrowed: the gate still intersects.
      const { token, user: owner } = await tokenFor("ADMIN", [scope]);
      await prisma.user.update({ where: { id: owner.id }, data: { role } });
      const user = await authenticateApiToken(`Bearer ${token}`);
      for (const permission of PERMISSIONS) {
        const expected = can(role, permission) && SCOPE_PERMISSIONS[scope].includes(permission);
        let allowed = true;
        try {
          checkPermission(user, permission);
        } catch (err) {
          assert.ok(err instanceof ActionError && err.code === "FORBIDDEN");
          allowed = false;
        }
        assert.equal(allowed, expected, `${role} with scope ${scope} → ${permission}`);
      }
    }
  }
});

test("403 problem+json naming the scope a token lacks", async () => {
  const { token } = await tokenFor("ADMIN", ["import"]);
  await expectProblem(await get(token), 403, /lacks the "read" scope/);
});

// As the database owner: the CLI prepares (migrates) the database before its command.
const cli = (args: string[]) =>
  runCli(args, { ...process.env, DATABASE_URL: process.env.TEST_OWNER_DATABASE_URL });

test("CLI: tokens create prints only the token; list shows it without the secret; revoke ends it", async () => {
  const user = await createTestUser("REVIEWER");
  const created = await cli([
    "tokens",
    "create",
    "--email",
    user.email,
    "--name",
    "CMS",
    "--scope",
    "read,import",
    "--expires-days",
    "30",
  ]);
  assert.equal(created.code, 0, created.stderr);
  assert.match(created.stdout, /^cdk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}\n$/);
  const token = created.stdout.trim();
  const { id, secret } = parseToken(token)!;
  const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
  assert.deepEqual(row.scopes, ["read", "import"]);
  assert.ok(row.expiresAt && row.expiresAt.getTime() > Date.now() + 29 * 86_400_000);
  assert.equal((await get(token)).status, 200);

  const listed = await cli(["tokens", "list", "--email", user.email]);
  assert.equal(listed.code, 0, listed.stderr);
  assert.match(listed.stdout, new RegExp(`${id}\\t${user.email}\\tCMS\\tread,import`));
  assert.ok(!listed.stdout.includes(secret));

  const revoked = await cli(["tokens", "revoke", id]);
  assert.equal(revoked.code, 0, revoked.stderr);
  await expectProblem(await get(token), 401, /revoked/);

  const bad = await cli([
    "tokens",
    "create",
    "--email",
    user.email,
    "--name",
    "x",
    "--scope",
    "admin",
  ]);
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, "");
  assert.match(bad.stderr, /Scopes are some of read, claims:write, import, publish/);
});
