// Every /api/v1 operation × every role × every token scope, through the real route handlers: a
// token gets 403 exactly when its scope or its user's role lacks the operation's permission (the
// one role map, lib/auth/permissions.ts, and the scope map, lib/tokens/token-scopes.ts). An
// operation without a probe here fails, so a new one cannot slip by.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { disconnectDb, prisma } from "../../../db";
import { type Permission, ROLES, can } from "../../../auth/permissions";
import type { Role } from "../../../generated/prisma/enums";
import { createTestUser } from "../../../testing/users";
import { createApiToken } from "../../../tokens/create-api-token";
import { SCOPE_PERMISSIONS, TOKEN_SCOPES, type TokenScope } from "../../../tokens/token-scopes";
import { OPERATIONS } from "../operations";

after(disconnectDb);

interface Probe {
  permission: Permission;
  /** Path parameters and JSON body of a call that gets past the gate (then 2xx, 400 or 404). */
  params?: Record<string, string>;
  body?: unknown;
}

const someClaim = randomUUID();
const PROBES: Record<string, Probe> = {
  listClaims: { permission: "desk:read" },
  createClaim: { permission: "claim:edit", body: {} },
  getClaim: { permission: "desk:read", params: { id: someClaim } },
  moveClaim: { permission: "claim:take", params: { id: someClaim, move: "take" }, body: {} },
  assignClaim: { permission: "claim:assign", params: { id: someClaim }, body: {} },
  addSource: { permission: "source:edit", params: { id: someClaim }, body: {} },
  listClaimCorrections: { permission: "desk:read", params: { id: someClaim } },
  importArticle: { permission: "article:import", body: {} },
  listChecks: { permission: "desk:read" },
  getCheck: { permission: "desk:read", params: { slug: "no-such-check" } },
  claimReviewFeed: { permission: "desk:read" },
};

const tokens = new Map<string, string>();
const key = (role: Role, scope: TokenScope) => `${role} ${scope}`;

before(async () => {
  for (const role of ROLES) {
    for (const scope of TOKEN_SCOPES) {
      // Made while an admin (every scope allowed), then the role set: the gate still intersects.
      const user = await createTestUser("ADMIN");
      const { token } = await createApiToken({
        actorId: null,
        userId: user.id,
        name: "matrix",
        scopes: [scope],
      });
      await prisma.user.update({ where: { id: user.id }, data: { role } });
      tokens.set(key(role, scope), token);
    }
  }
});

test("every operation has a probe", () => {
  assert.deepEqual(
    OPERATIONS.map((o) => o.operationId).filter((id) => !PROBES[id]),
    [],
  );
});

for (const op of OPERATIONS) {
  const probe = PROBES[op.operationId];
  if (!probe) continue;
  test(`${op.method.toUpperCase()} ${op.path}: 403 exactly when role ∩ scope lacks ${probe.permission}`, async () => {
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => probe.params?.[name] ?? "");
    for (const role of ROLES) {
      for (const scope of TOKEN_SCOPES) {
        const response = await op.handler(
          new Request(`http://desk.test/api/v1${path}`, {
            method: op.method.toUpperCase(),
            headers: {
              authorization: `Bearer ${tokens.get(key(role, scope))}`,
              "content-type": "application/json",
            },
            body: op.method === "post" ? JSON.stringify(probe.body ?? {}) : undefined,
          }),
          { params: Promise.resolve(probe.params ?? {}) },
        );
        const allowed =
          can(role, probe.permission) && SCOPE_PERMISSIONS[scope].includes(probe.permission);
        const what = `${op.operationId} as ${role} with ${scope}: ${response.status}`;
        if (allowed) assert.ok(![401, 403].includes(response.status), what);
        else assert.equal(response.status, 403, what);
        await response.body?.cancel();
      }
    }
  });
}
