// Tokens from the desk: Account → Access tokens (one's own) and Admin → Access tokens (anyone's)
// run the same use cases as the CLI, through the action gate; scopes are limited to what the
// owner's role allows, for every way of creating one.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../../../scripts/lib/run-cli";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { ActionError } from "../../auth/errors";
import { createTestUser } from "../../testing/users";
import { authenticateApiToken } from "../authenticate-api-token";
import { createApiToken } from "../create-api-token";
import { scopesForRole } from "../token-scopes";
import {
  createApiTokenAction,
  createOwnApiTokenAction,
  revokeApiTokenAction,
  revokeOwnApiTokenAction,
} from "../tokens.actions";

after(disconnectDb);

test("the scopes each role may give a token", () => {
  assert.deepEqual(scopesForRole("VIEWER"), ["read"]);
  assert.deepEqual(scopesForRole("EDITOR"), ["read", "claims:write", "import"]);
  assert.deepEqual(scopesForRole("REVIEWER"), ["read", "claims:write", "import", "publish"]);
  assert.deepEqual(scopesForRole("ADMIN"), ["read", "claims:write", "import", "publish"]);
});

test("a scope beyond the owner's role is refused with a message on the field; nothing is written", async () => {
  const viewer = await createTestUser("VIEWER");
  const before = await prisma.auditLog.count();
  await assert.rejects(
    createApiToken({ actorId: null, userId: viewer.id, name: "x", scopes: ["read", "import"] }),
    (err) =>
      err instanceof ActionError &&
      err.code === "INVALID" &&
      /viewer's token may have only these scopes: read \(not import\)/.test(err.message) &&
      err.fieldErrors?.scopes?.[0] === err.message,
  );
  const result = await runActionAs(createOwnApiTokenAction, viewer, {
    name: "mine",
    scopes: ["claims:write"],
  });
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.fieldErrors?.scopes?.[0] ?? "", /only these scopes: read/);
  assert.equal(await prisma.apiToken.count({ where: { userId: viewer.id } }), 0);
  assert.equal(await prisma.auditLog.count(), before);

  const cli = await runCli(
    ["tokens", "create", "--email", viewer.email, "--name", "n", "--scope", "read,publish"],
    { ...process.env, DATABASE_URL: process.env.TEST_OWNER_DATABASE_URL },
  );
  assert.equal(cli.code, 1);
  assert.equal(cli.stdout, "");
  assert.match(cli.stderr, /only these scopes: read \(not publish\)/);
});

test("a user creates a token for themselves (audited, shown once) and revokes it", async () => {
  const editor = await createTestUser("EDITOR");
  const created = await runActionAs(createOwnApiTokenAction, editor, {
    name: "CMS",
    scopes: ["read", "import"],
    expiresInDays: 30,
    userId: (await createTestUser("ADMIN")).id, // ignored: one's own token is one's own
  });
  assert.ok(created.ok, JSON.stringify(created));
  const { id, token } = created.data;
  assert.deepEqual(Object.keys(createOwnApiTokenAction.browser(created.data)).sort(), [
    "id",
    "name",
    "token",
  ]);
  const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
  assert.equal(row.userId, editor.id);
  assert.deepEqual(row.scopes, ["read", "import"]);
  assert.ok(row.expiresAt && row.expiresAt.getTime() > Date.now() + 29 * 86_400_000);
  const audit = await prisma.auditLog.findFirstOrThrow({
    where: { entityId: id, action: "token.create" },
  });
  assert.equal(audit.actorId, editor.id);
  assert.equal((await authenticateApiToken(`Bearer ${token}`)).id, editor.id);

  const revoked = await runActionAs(revokeOwnApiTokenAction, editor, { tokenId: id });
  assert.ok(revoked.ok, JSON.stringify(revoked));
  await assert.rejects(authenticateApiToken(`Bearer ${token}`), /revoked/);
  const revokeAudit = await prisma.auditLog.findFirstOrThrow({
    where: { entityId: id, action: "token.revoke" },
  });
  assert.equal(revokeAudit.actorId, editor.id);
});

test("a user cannot revoke someone else's token: not found, and it keeps working", async () => {
  const owner = await createTestUser("REVIEWER");
  const other = await createTestUser("REVIEWER");
  const { id, token } = await createApiToken({
    actorId: owner.id,
    userId: owner.id,
    name: "theirs",
    scopes: ["read"],
  });
  const result = await runActionAs(revokeOwnApiTokenAction, other, { tokenId: id });
  assert.equal(result.ok, false);
  if (!result.ok) assert.equal(result.code, "NOT_FOUND");
  assert.equal((await authenticateApiToken(`Bearer ${token}`)).id, owner.id);
});

test("an admin creates a token for another user and revokes anyone's", async () => {
  const admin = await createTestUser("ADMIN");
  const reviewer = await createTestUser("REVIEWER");
  const created = await runActionAs(createApiTokenAction, admin, {
    userId: reviewer.id,
    name: "Monitoring",
    scopes: ["read", "publish"],
  });
  assert.ok(created.ok, JSON.stringify(created));
  const user = await authenticateApiToken(`Bearer ${created.data.token}`);
  assert.equal(user.id, reviewer.id);
  assert.deepEqual(user.scopes, ["read", "publish"]);
  const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.data.id } });
  assert.equal(row.expiresAt, null, "no expiry given: until revoked");

  const own = await createApiToken({
    actorId: reviewer.id,
    userId: reviewer.id,
    name: "own",
    scopes: ["read"],
  });
  const revoked = await runActionAs(revokeApiTokenAction, admin, { tokenId: own.id });
  assert.ok(revoked.ok, JSON.stringify(revoked));
  await assert.rejects(authenticateApiToken(`Bearer ${own.token}`), /revoked/);
  const audit = await prisma.auditLog.findFirstOrThrow({
    where: { entityId: own.id, action: "token.revoke" },
  });
  assert.equal(audit.actorId, admin.id);

  const forViewer = await runActionAs(createApiTokenAction, admin, {
    userId: (await createTestUser("VIEWER")).id,
    name: "too much",
    scopes: ["claims:write"],
  });
  assert.equal(forViewer.ok, false, "the owner's role limits the scopes, not the admin's");
});
