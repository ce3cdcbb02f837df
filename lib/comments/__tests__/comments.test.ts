// Comments through the action gate on a real PostgreSQL: validation messages, @mentions resolved
// to desk members (unknown and ambiguous ones stay text), own edits and deletes audited.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { createClaimIn } from "../../testing/workflow";
import { createTestArticleWithClaims } from "../../testing/claims";
import { createCommentAction, deleteCommentAction, editCommentAction } from "../comments.actions";
import { handleOf, mentionedHandles } from "../mention-handles";
import { resolveMentions } from "../resolve-mentions";
import { listComments } from "../list-comments";

after(disconnectDb);

const mentionsOf = (userId: string) =>
  prisma.notification.findMany({ where: { userId, kind: "MENTIONED" } });

test("handles are the part of an email before @, found after a space or punctuation", () => {
  assert.equal(handleOf("Ed.Smith@example.org"), "ed.smith");
  assert.deepEqual(mentionedHandles("Ask @Ed.Smith, and (@rita)! Not ed@example.org or `a/@b`."), [
    "ed.smith",
    "rita",
  ]);
  assert.deepEqual(mentionedHandles("@ed. @ed"), ["ed"]);
});

test("a comment notifies the desk members it mentions; unknown names stay text", async () => {
  const { claimId, editor } = await createClaimIn("IN_RESEARCH");
  const reviewer = await createTestUser("REVIEWER");
  const viewer = await createTestUser("VIEWER");
  const body = `@${handleOf(reviewer.email)} and @${handleOf(viewer.email).toUpperCase()}: see the **2019** figures. @nobody-${randomBytes(3).toString("hex")}`;
  const result = await runActionAs(createCommentAction, editor, { claimId, body });
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(new Set(result.data.mentioned), new Set([reviewer.id, viewer.id]));
  const [note] = await mentionsOf(reviewer.id);
  assert.equal(note!.claimId, claimId);
  assert.equal(note!.commentId, result.data.id);
  assert.match(note!.text, new RegExp(`^${editor.name} mentioned you on .*2019`));
  const listed = await listComments({ user: viewer, claimId });
  assert.deepEqual(
    Object.keys(listed.mentions).sort(),
    [handleOf(reviewer.email), handleOf(viewer.email)].sort(),
  );
  assert.equal(listed.comments[0]!.mine, false);
});

test("someone who may not see the claim (a viewer, on an import candidate) is not notified", async () => {
  const { claims } = await createTestArticleWithClaims({ claims: [{ status: "CANDIDATE" }] });
  const editor = await createTestUser("EDITOR");
  const viewer = await createTestUser("VIEWER");
  const result = await runActionAs(createCommentAction, editor, {
    claimId: claims[0]!.id,
    body: `@${handleOf(viewer.email)} look`,
  });
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.data.mentioned, []);
  assert.equal((await mentionsOf(viewer.id)).length, 0);
});

test("a handle two people share (at different domains) mentions nobody", async () => {
  const local = `pat-${randomBytes(3).toString("hex")}`;
  for (const domain of ["a.test", "b.test"]) {
    await prisma.user.create({
      data: { email: `${local}@${domain}`, name: local, passwordHash: "x", role: "EDITOR" },
    });
  }
  assert.deepEqual(await resolveMentions(`@${local} hello`), []);
});

test("empty, too long, viewer: clear refusals and nothing written", async () => {
  const { claimId, editor } = await createClaimIn("QUEUED");
  const empty = await runActionAs(createCommentAction, editor, { claimId, body: "   " });
  assert.equal(!empty.ok && empty.code, "INVALID");
  assert.equal(
    !empty.ok && empty.fieldErrors?.body?.[0],
    "Write something before posting the comment.",
  );
  const long = await runActionAs(createCommentAction, editor, {
    claimId,
    body: "x".repeat(10_001),
  });
  assert.match(!long.ok ? long.error : "", /at most 10,000 characters/);
  const viewer = await runActionAs(createCommentAction, await createTestUser("VIEWER"), {
    claimId,
    body: "hi",
  });
  assert.equal(!viewer.ok && viewer.code, "FORBIDDEN");
  assert.equal(await prisma.comment.count({ where: { claimId } }), 0);
  const exactly = await runActionAs(createCommentAction, editor, {
    claimId,
    body: "y".repeat(10_000),
  });
  assert.ok(exactly.ok);
});

test("only the author edits or deletes a comment; new mentions notify, old ones do not again", async () => {
  const { claimId, editor } = await createClaimIn("QUEUED");
  const rita = await createTestUser("REVIEWER");
  const eve = await createTestUser("EDITOR");
  const created = await runActionAs(createCommentAction, editor, {
    claimId,
    body: `@${handleOf(rita.email)} first`,
  });
  assert.ok(created.ok);
  const commentId = created.data.id;
  const other = await runActionAs(editCommentAction, eve, { commentId, version: 1, body: "mine" });
  assert.equal(!other.ok && other.code, "NOT_FOUND");
  const edited = await runActionAs(editCommentAction, editor, {
    commentId,
    version: 1,
    body: `@${handleOf(rita.email)} and @${handleOf(eve.email)} again`,
  });
  assert.ok(edited.ok, JSON.stringify(edited));
  assert.deepEqual(edited.data.mentioned, [eve.id]);
  assert.equal((await mentionsOf(rita.id)).length, 1);
  const stale = await runActionAs(editCommentAction, editor, { commentId, version: 1, body: "x" });
  assert.equal(!stale.ok && stale.code, "CONFLICT");
  const notMine = await runActionAs(deleteCommentAction, eve, { commentId });
  assert.equal(!notMine.ok && notMine.code, "NOT_FOUND");
  const deleted = await runActionAs(deleteCommentAction, editor, { commentId });
  assert.ok(deleted.ok);
  assert.equal(await prisma.comment.count({ where: { id: commentId } }), 0);
  const audit = await prisma.auditLog.findMany({
    where: { entityType: "claim", entityId: claimId, action: { startsWith: "comment." } },
    orderBy: { id: "asc" },
  });
  assert.deepEqual(
    audit.map((a) => a.action),
    ["comment.create", "comment.edit", "comment.delete"],
  );
  assert.match(JSON.stringify(audit[2]!.before), /and @/);
});
