// A change and its audit row are one transaction: neither is written without the other.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma, transaction } from "../../db";
import { createTestUser } from "../../testing/users";
import { createTestArticleWithClaims } from "../../testing/claims";
import { claimNextForEditor } from "../../claims/claim-next-for-editor";
import { editCanonicalText } from "../../claims/edit-canonical-text";
import { moveClaim } from "../../claims/move-claim";

after(disconnectDb);

test("audit and change share one transaction: a failing audit insert leaves the claim untouched", async () => {
  const { claims } = await createTestArticleWithClaims({ claims: [{ status: "QUEUED" }] });
  const claimId = claims[0].id;
  // A user id that does not exist: the claim update succeeds, the audit row's foreign key fails.
  const ghost = {
    id: "00000000-0000-4000-8000-000000000000",
    email: "ghost@test",
    name: "Ghost",
    role: "EDITOR" as const,
    sid: "x",
    mustSetUpTwoFactor: false,
  };
  await assert.rejects(
    editCanonicalText({ user: ghost, claimId, version: 1, canonicalText: "Changed by a ghost." }),
  );
  await assert.rejects(claimNextForEditor({ user: ghost }));
  const row = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  assert.equal(row.version, 1);
  assert.equal(row.status, "QUEUED");
  assert.equal(row.canonicalText, claims[0].canonicalText);
  assert.equal(await prisma.auditLog.count({ where: { actorId: ghost.id } }), 0);
});

test("a failure after the move inside the same transaction rolls back the move and its audit row", async () => {
  const editor = await createTestUser("EDITOR");
  const { claims } = await createTestArticleWithClaims({ claims: 1 });
  await assert.rejects(
    transaction(async (tx) => {
      await moveClaim(tx, {
        user: editor,
        claimId: claims[0].id,
        move: "take",
        data: { assigneeId: editor.id },
      });
      throw new Error("boom after the move");
    }),
    /boom/,
  );
  assert.equal(
    (await prisma.claim.findUniqueOrThrow({ where: { id: claims[0].id } })).status,
    "QUEUED",
  );
  assert.equal(await prisma.auditLog.count({ where: { entityId: claims[0].id } }), 0);
});
