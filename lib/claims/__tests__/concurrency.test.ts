import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { createTestArticleWithClaims } from "../../testing/claims";
import { editCanonicalTextAction } from "../claims.actions";
import { claimNextForEditor } from "../claim-next-for-editor";

after(disconnectDb);

test("optimistic locking: the second save of the same version gets a conflict naming the first editor", async () => {
  const alice = await createTestUser("EDITOR", "Alice Example");
  const bob = await createTestUser("EDITOR", "Bob Example");
  const { claims } = await createTestArticleWithClaims({ claims: 1 });
  const claimId = claims[0].id;
  const first = await runActionAs(editCanonicalTextAction, alice, {
    claimId,
    version: 1,
    canonicalText: "Alice's wording of the claim.",
  });
  assert.equal(first.ok, true);
  const second = await runActionAs(editCanonicalTextAction, bob, {
    claimId,
    version: 1,
    canonicalText: "Bob's wording of the claim.",
  });
  assert.equal(second.ok, false);
  if (!second.ok) {
    assert.equal(second.code, "CONFLICT");
    assert.match(
      second.error,
      /^Alice Example changed this claim at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC — your text is kept below, reload to merge\.$/,
    );
  }
  const row = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  assert.equal(row.canonicalText, "Alice's wording of the claim.");
  assert.equal(row.version, 2);
  assert.equal(
    await prisma.auditLog.count({ where: { entityId: claimId, action: "claim.editText" } }),
    1,
  );
});

test("optimistic locking holds under true concurrency: of 8 simultaneous saves exactly one wins", async () => {
  const { claims } = await createTestArticleWithClaims({ claims: 1 });
  const editors = await Promise.all(Array.from({ length: 8 }, () => createTestUser("EDITOR")));
  const results = await Promise.all(
    editors.map((user, i) =>
      runActionAs(editCanonicalTextAction, user, {
        claimId: claims[0].id,
        version: 1,
        canonicalText: `Wording number ${i}`,
      }),
    ),
  );
  assert.equal(results.filter((r) => r.ok).length, 1);
  assert.ok(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "CONFLICT"));
  assert.equal((await prisma.claim.findUniqueOrThrow({ where: { id: claims[0].id } })).version, 2);
});

test("SKIP LOCKED: 40 editors taking next at once never get the same claim", async () => {
  await createTestArticleWithClaims({
    claims: Array.from({ length: 45 }, (_, i) => ({ score: 0.9 + i / 1000 })),
  });
  const editors = await Promise.all(Array.from({ length: 40 }, () => createTestUser("EDITOR")));
  const taken = await Promise.all(editors.map((user) => claimNextForEditor({ user })));
  const ids = taken.map((t) => t?.id);
  assert.ok(ids.every(Boolean), "every editor got a claim");
  assert.equal(new Set(ids).size, 40, "no claim handed out twice");
  const rows = await prisma.claim.findMany({ where: { id: { in: ids as string[] } } });
  for (const [i, t] of taken.entries()) {
    const row = rows.find((r) => r.id === t!.id)!;
    assert.equal(row.status, "IN_RESEARCH");
    assert.equal(row.assigneeId, editors[i].id);
  }
  const audits = await prisma.auditLog.count({
    where: { action: "claim.take", entityId: { in: ids as string[] } },
  });
  assert.equal(audits, 40);
});

test("take next returns null when the queue is empty for this editor", async () => {
  await prisma.claim.updateMany({
    where: { status: "QUEUED" },
    data: { status: "DISMISSED", dismissReason: "OUT_OF_SCOPE" },
  });
  assert.equal(await claimNextForEditor({ user: await createTestUser("EDITOR") }), null);
});
