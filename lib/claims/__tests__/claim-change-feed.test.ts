import { test, after } from "node:test";
import { randomUUID } from "node:crypto";
import assert from "node:assert/strict";
import { disconnectDb, prisma, transaction } from "../../db";
import { createTestUser } from "../../testing/users";
import { createTestArticleWithClaims } from "../../testing/claims";
import {
  announceClaimChanges,
  subscribeToClaimChanges,
  type ClaimChange,
} from "../claim-change-feed";
import { claimNextForEditor } from "../claim-next-for-editor";
import { moveClaim } from "../move-claim";
import { takeClaim } from "../take-claim";

after(disconnectDb);

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

test("one LISTEN fans claim changes out to every subscriber", async () => {
  const seenA: ClaimChange[] = [];
  const seenB: ClaimChange[] = [];
  const a = subscribeToClaimChanges((c) => seenA.push(c));
  const b = subscribeToClaimChanges((c) => seenB.push(c));
  await a.ready;
  const editor = await createTestUser("EDITOR");
  const { claims } = await createTestArticleWithClaims({ claims: 1 });
  await takeClaim({ user: editor, claimId: claims[0].id });
  await waitFor(() => seenB.some((c) => c.id === claims[0].id && c.status === "IN_RESEARCH"));
  const change = seenA.find((c) => c.id === claims[0].id && c.op === "UPDATE");
  assert.ok(change, "subscriber A saw the update");
  assert.equal(change.status, "IN_RESEARCH");
  assert.equal(change.assigneeId, editor.id);
  assert.ok(
    seenB.some((c) => c.id === claims[0].id && c.status === "IN_RESEARCH"),
    "subscriber B saw it too",
  );
  a.unsubscribe();
  b.unsubscribe();
});

test("a burst of take-next calls announces every claim once, with its new version", async () => {
  const seen: ClaimChange[] = [];
  const feed = subscribeToClaimChanges((c) => seen.push(c));
  await feed.ready;
  const editors = await Promise.all(Array.from({ length: 5 }, () => createTestUser("EDITOR")));
  await createTestArticleWithClaims({ claims: 30 }); // at least 30 queued: every take gets one
  // Whatever they take (earlier tests may have left higher-scoring claims queued) is announced.
  const taken = await Promise.all(
    editors.flatMap((user) => [1, 2, 3, 4].map(() => claimNextForEditor({ user }))),
  );
  assert.equal(taken.filter(Boolean).length, 20);
  await waitFor(() => taken.every((t) => seen.some((c) => c.id === t!.id)));
  for (const t of taken) {
    const announced = seen.filter((c) => c.id === t!.id);
    assert.equal(announced.length, 1, "announced once");
    assert.equal(announced[0].version, t!.version);
    assert.equal(announced[0].status, "IN_RESEARCH");
  }
  feed.unsubscribe();
});

test("a change is announced only after its transaction commits, never when it rolls back", async () => {
  const seen: ClaimChange[] = [];
  const feed = subscribeToClaimChanges((c) => seen.push(c));
  await feed.ready;
  const editor = await createTestUser("EDITOR");
  const { claims } = await createTestArticleWithClaims({ claims: 2 });
  const [rolledBack, committed] = claims;

  await assert.rejects(
    transaction(async (tx) => {
      await moveClaim(tx, {
        user: editor,
        claimId: rolledBack.id,
        move: "take",
        data: { assigneeId: editor.id },
      });
      throw new Error("boom after the move");
    }),
    /boom/,
  );
  let seenBeforeCommit = true;
  await transaction(async (tx) => {
    await moveClaim(tx, {
      user: editor,
      claimId: committed.id,
      move: "take",
      data: { assigneeId: editor.id },
    });
    // A marker announced now goes out behind anything the move announced from inside the
    // transaction (one outbox, one connection, in order): once it arrives, so would they have.
    const marker = { id: randomUUID(), status: "QUEUED" as const, version: 0, assigneeId: null };
    announceClaimChanges([marker]);
    await waitFor(() => seen.some((c) => c.id === marker.id));
    assert.ok(
      seen.some((c) => c.id === marker.id),
      "the marker arrived",
    );
    seenBeforeCommit = seen.some((c) => c.id === committed.id);
  });
  await waitFor(() => seen.some((c) => c.id === committed.id));
  assert.equal(seenBeforeCommit, false, "not announced while the transaction was open");
  assert.ok(
    seen.some((c) => c.id === committed.id),
    "announced after commit",
  );
  assert.equal(
    seen.some((c) => c.id === rolledBack.id),
    false,
    "a rolled-back move is never announced",
  );
  assert.equal(
    (await prisma.claim.findUniqueOrThrow({ where: { id: rolledBack.id } })).status,
    "QUEUED",
  );
  feed.unsubscribe();
});
