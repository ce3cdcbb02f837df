// The visibility rule is written once and rendered twice: as a Prisma filter (claim pages, use
// cases) and as SQL (the queue). Both must pick the same claims for every role.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma, sql } from "../../db";
import { ClaimStatus, type Role } from "../../generated/prisma/enums";
import { createTestUser } from "../../testing/users";
import { createTestArticleWithClaims } from "../../testing/claims";
import { canSeeStatus, claimScope, claimScopeSql } from "../claim-scope";
import { and, queueConditions } from "../queue-conditions";
import { queueFilterSchema } from "../claim.schema";

after(disconnectDb);

test("the Prisma scope, the SQL scope, the queue's conditions and canSeeStatus agree for every role", async () => {
  const statuses = Object.values(ClaimStatus);
  const { claims } = await createTestArticleWithClaims({
    claims: statuses.map((status) => ({ status })),
  });
  const ids = claims.map((c) => c.id);
  const roles: Role[] = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"];
  for (const role of roles) {
    const user = await createTestUser(role);
    const viaPrisma = (
      await prisma.claim.findMany({
        where: { id: { in: ids }, ...claimScope(user) },
        select: { id: true },
      })
    )
      .map((c) => c.id)
      .sort();
    const viaSql = (
      await sql<{ id: string }[]>`
        select c.id::text from claims c where c.id = any(${ids}::uuid[]) and ${and(claimScopeSql(user))}`
    )
      .map((r) => r.id)
      .sort();
    const { common } = queueConditions(user, queueFilterSchema.parse({}));
    const viaQueue = (
      await sql<{ id: string }[]>`
        select c.id::text from claims c where c.id = any(${ids}::uuid[]) and ${and(common)}`
    )
      .map((r) => r.id)
      .sort();
    const byStatus = claims
      .filter((c) => canSeeStatus(user, c.status))
      .map((c) => c.id)
      .sort();
    assert.deepEqual(viaSql, viaPrisma, role);
    assert.deepEqual(viaQueue, viaPrisma, role);
    assert.deepEqual(byStatus, viaPrisma, role);
    assert.equal(viaPrisma.length, role === "VIEWER" ? statuses.length - 1 : statuses.length, role);
  }
});
