import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb } from "../../db";
import { createTestUser } from "../../testing/users";
import { createTestArticleWithClaims } from "../../testing/claims";
import { subscribeToClaimChanges, type ClaimChange } from "../claim-change-feed";
import { takeClaim } from "../take-claim";

after(disconnectDb);

test("one LISTEN fans claim changes out to every subscriber", async () => {
  const seenA: ClaimChange[] = [];
  const seenB: ClaimChange[] = [];
  const a = subscribeToClaimChanges((c) => seenA.push(c));
  const b = subscribeToClaimChanges((c) => seenB.push(c));
  await a.ready;
  const editor = await createTestUser("EDITOR");
  const { claims } = await createTestArticleWithClaims({ claims: 1 });
  await takeClaim({ user: editor, claimId: claims[0].id });
  const deadline = Date.now() + 5000;
  while (!seenB.some((c) => c.id === claims[0].id && c.status === "IN_RESEARCH") && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const change = seenA.find((c) => c.id === claims[0].id && c.op === "UPDATE");
  assert.ok(change, "subscriber A saw the update");
  assert.equal(change.status, "IN_RESEARCH");
  assert.equal(change.assigneeId, editor.id);
  assert.ok(seenB.some((c) => c.id === claims[0].id && c.status === "IN_RESEARCH"), "subscriber B saw it too");
  a.unsubscribe();
  b.unsubscribe();
});
