import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { authorizedRouteAs, runActionAs } from "../../auth/authorized";
import { changeRoleAction } from "../../users/users.actions";
import { createTestUser } from "../../testing/users";
import { listSecurityEvents, SECURITY_EVENTS_PAGE_SIZE } from "../list-security-events";
import { recordSecurityEvent } from "../record-security-event";
import { can } from "../../auth/permissions";

after(disconnectDb);

test("a refused permission from the action gate is a security event", async () => {
  const editor = await createTestUser("EDITOR");
  const result = await runActionAs(changeRoleAction, editor, { userId: editor.id, role: "ADMIN" });
  assert.equal(result.ok, false);
  const event = await prisma.securityEvent.findFirst({
    where: { kind: "permission.denied", actorId: editor.id },
  });
  assert.deepEqual(event?.detail, {
    action: "user.role",
    role: "EDITOR",
    message: "Your role (editor) may not do this.",
  });
});

test("a role change is a security event naming both roles and the admin", async () => {
  const admin = await createTestUser("ADMIN");
  const viewer = await createTestUser("VIEWER");
  const result = await runActionAs(changeRoleAction, admin, {
    userId: viewer.id,
    role: "REVIEWER",
  });
  assert.equal(result.ok, true);
  const event = await prisma.securityEvent.findFirst({
    where: { kind: "user.role", userId: viewer.id },
  });
  assert.equal(event?.actorId, admin.id);
  assert.deepEqual(event?.detail, { from: "VIEWER", to: "REVIEWER" });
});

test("only ADMIN may read security events; they come newest first, a page at a time", async () => {
  assert.deepEqual(
    (["ADMIN", "REVIEWER", "EDITOR", "VIEWER"] as const).filter((role) =>
      can(role, "security:read"),
    ),
    ["ADMIN"],
  );
  for (let i = 0; i < SECURITY_EVENTS_PAGE_SIZE + 1; i++) {
    await recordSecurityEvent({
      kind: "signin.failed",
      email: `page-${i}@x.test`,
      ip: "192.0.2.1",
    });
  }
  const first = await listSecurityEvents({ page: 1 });
  assert.equal(first.events.length, SECURITY_EVENTS_PAGE_SIZE);
  assert.equal(first.events[0]!.email, `page-${SECURITY_EVENTS_PAGE_SIZE}@x.test`);
  assert.ok(first.pages >= 2);
  const second = await listSecurityEvents({ page: 2 });
  assert.ok(second.events.every((e) => !first.events.some((f) => f.id === e.id)));
});

test("a route handler's refusal is a security event too (a signed-out caller is not one)", async () => {
  const viewer = await createTestUser("VIEWER");
  const res = await authorizedRouteAs(viewer, "report:export", async () => new Response("rows"));
  assert.equal(res.status, 403);
  const event = await prisma.securityEvent.findFirst({
    where: { kind: "permission.denied", actorId: viewer.id },
  });
  assert.equal((event?.detail as { action?: string } | undefined)?.action, "route:report:export");
  const before = await prisma.securityEvent.count({ where: { kind: "permission.denied" } });
  assert.equal(
    (await authorizedRouteAs(null, "report:export", async () => new Response("rows"))).status,
    401,
  );
  assert.equal(await prisma.securityEvent.count({ where: { kind: "permission.denied" } }), before);
});
