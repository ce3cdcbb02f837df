import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { MOVES, assertMove, movesFrom } from "../claim-workflow";
import { ClaimStatus } from "../../generated/prisma/enums";
import { createTestUser } from "../../testing/users";
import { createClaimIn } from "../../testing/workflow";
import { takeClaim } from "../../claims/take-claim";
import { acceptClaim } from "../../claims/accept-claim";
import { createTestArticleWithClaims } from "../../testing/claims";
import { releaseClaim } from "../../claims/release-claim";
import { dismissClaim } from "../../claims/dismiss-claim";
import { restoreClaim } from "../../claims/restore-claim";
import { requestChanges } from "../../verdicts/request-changes";
import { approveVerdict } from "../../verdicts/approve-verdict";
import { ActionError } from "../../auth/errors";
import { definedActions } from "../../auth/authorized";
import { loadAllActions } from "../../testing/actions";

after(disconnectDb);

test("the move table: assertMove allows exactly the listed from-states", () => {
  for (const move of MOVES) {
    for (const status of Object.values(ClaimStatus)) {
      if (move.from.includes(status)) assert.equal(assertMove(status, move.name).to, move.to);
      else
        assert.throws(
          () => assertMove(status, move.name),
          (e: unknown) => e instanceof ActionError && e.code === "CONFLICT",
        );
    }
  }
  assert.deepEqual(
    movesFrom("IN_REVIEW")
      .map((m) => m.name)
      .sort(),
    ["approve", "requestChanges"],
  );
});

test("every move has an action, and each action that makes a move needs the move's permission", async () => {
  await loadAllActions();
  const actions = definedActions();
  for (const move of MOVES) {
    const making = actions.filter((a) => a.move === move.name);
    assert.ok(making.length > 0, `no action makes the move "${move.name}"`);
    for (const action of making) assert.equal(action.permission, move.permission, action.name);
  }
  // Use cases that make a move are reached only through actions that declare it.
  const undeclared = actions.filter(
    (a) =>
      !a.move && MOVES.some((m) => a.permission === m.permission && a.name.endsWith(`.${m.name}`)),
  );
  assert.deepEqual(
    undeclared.map((a) => a.name),
    [],
  );
});

async function statusOf(claimId: string) {
  return (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status;
}

test("every allowed move through the use cases, each with an audit row", async () => {
  const reviewer = await createTestUser("REVIEWER");
  const { claimId, editor } = await createClaimIn("QUEUED");

  await takeClaim({ user: editor, claimId });
  assert.equal(await statusOf(claimId), "IN_RESEARCH");
  await releaseClaim({ user: editor, claimId });
  assert.equal(await statusOf(claimId), "QUEUED");
  await dismissClaim({ user: editor, claimId, reason: "DUPLICATE" });
  assert.equal(await statusOf(claimId), "DISMISSED");
  await restoreClaim({ user: editor, claimId });
  assert.equal(await statusOf(claimId), "QUEUED");
  await takeClaim({ user: editor, claimId });
  await dismissClaim({ user: editor, claimId, reason: "OUT_OF_SCOPE", note: "Foreign policy" });
  const dismissed = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  assert.equal(dismissed.dismissReason, "OUT_OF_SCOPE");
  assert.equal(dismissed.assigneeId, null);

  const inReview = await createClaimIn("IN_REVIEW");
  await requestChanges({
    user: reviewer,
    claimId: inReview.claimId,
    revision: 1,
    comment: "Add the 2023 figure.",
  });
  assert.equal(await statusOf(inReview.claimId), "IN_RESEARCH");

  const again = await createClaimIn("IN_REVIEW");
  await approveVerdict({ user: reviewer, claimId: again.claimId, revision: 1, comment: "" });
  assert.equal(await statusOf(again.claimId), "APPROVED");

  const { claims: candidates } = await createTestArticleWithClaims({
    claims: [{ status: "CANDIDATE" }, { status: "CANDIDATE" }],
  });
  await acceptClaim({ user: editor, claimId: candidates[0].id });
  assert.equal(await statusOf(candidates[0].id), "QUEUED");
  await dismissClaim({ user: editor, claimId: candidates[1].id, reason: "NOT_CHECK_WORTHY" });
  assert.equal(await statusOf(candidates[1].id), "DISMISSED");

  const actions = (
    await prisma.auditLog.findMany({ where: { entityId: claimId }, orderBy: { id: "asc" } })
  ).map((a) => a.action);
  assert.deepEqual(actions, [
    "claim.take",
    "claim.release",
    "claim.dismiss",
    "claim.restore",
    "claim.take",
    "claim.dismiss",
  ]);
});

test("a forbidden move is refused with a clear message and changes nothing", async () => {
  const { claimId, editor } = await createClaimIn("IN_REVIEW");
  const before = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  await assert.rejects(
    takeClaim({ user: editor, claimId }),
    /Cannot take a claim that is in review/,
  );
  await assert.rejects(
    dismissClaim({ user: editor, claimId, reason: "DUPLICATE" }),
    /Cannot dismiss a claim that is in review/,
  );
  await assert.rejects(restoreClaim({ user: editor, claimId }), /Cannot restore/);
  const afterwards = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  assert.equal(afterwards.version, before.version);
  assert.equal(afterwards.status, "IN_REVIEW");
});
