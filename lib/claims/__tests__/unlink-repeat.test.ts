// "Not the same claim": an editor removes a repeat link the detector proposed.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { disconnectDb, prisma } from "../../db";
import { createTestRepeat } from "../../testing/claims";
import { createTestUser } from "../../testing/users";
import { unlinkRepeat } from "../unlink-repeat";

after(disconnectDb);

test("an editor unlinks a repeat: the link is gone, the version moves on, an audit row says what it was", async () => {
  const editor = await createTestUser("EDITOR");
  const { rootId, claimId, version } = await createTestRepeat();
  const after = await unlinkRepeat({ user: editor, claimId, version });
  assert.equal(after.repeatOfId, null);
  assert.equal(after.version, version + 1);
  const audit = await prisma.auditLog.findFirstOrThrow({
    where: { entityType: "claim", entityId: claimId, action: "claim.unlinkRepeat" },
  });
  assert.equal((audit.before as { repeatOfId: string }).repeatOfId, rootId);
  assert.equal(audit.actorId, editor.id);
  const root = await prisma.claim.findUniqueOrThrow({ where: { id: rootId } });
  assert.equal(root.repeatOfId, null, "the root is untouched");
});

test("a claim that is no repeat, or one changed since the editor saw it, is refused with a message; nothing changes", async () => {
  const editor = await createTestUser("EDITOR");
  const { rootId, claimId, version } = await createTestRepeat();
  await assert.rejects(
    unlinkRepeat({ user: editor, claimId: rootId, version: 1 }),
    /not linked as a repeat/,
  );
  await prisma.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } } });
  await assert.rejects(unlinkRepeat({ user: editor, claimId, version }), /changed|saved|reload/i);
  const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  assert.equal(claim.repeatOfId, rootId);
});
