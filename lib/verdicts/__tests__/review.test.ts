import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { createClaimIn, reviseAndResubmit } from "../../testing/workflow";
import { testSourceFields } from "../../testing/claims";
import { listRatings } from "../../ratings/list-ratings";
import { addSource } from "../../sources/add-source";
import { saveVerdictDraft } from "../save-verdict-draft";
import {
  approveVerdictAction,
  requestChangesAction,
  submitVerdictAction,
} from "../verdicts.actions";

after(disconnectDb);

async function draftBy(editor: Awaited<ReturnType<typeof createTestUser>>, sources: boolean[]) {
  const { claimId } = await createClaimIn("IN_RESEARCH", { editor });
  for (const isPrimary of sources)
    await addSource({ user: editor, claimId, ...testSourceFields({ isPrimary }) });
  const [rating] = await listRatings({ activeOnly: true });
  const draft = await saveVerdictDraft({
    user: editor,
    claimId,
    verdictVersion: null,
    ratingId: rating.id,
    conclusion: "Wrong.",
    analysis: "",
  });
  return { claimId, verdictVersion: draft.version };
}

test("four eyes: the author of a verdict cannot approve it, another reviewer can", async () => {
  const author = await createTestUser("REVIEWER");
  const { claimId, verdictVersion } = await draftBy(author, [true, false]);
  assert.equal(
    (await runActionAs(submitVerdictAction, author, { claimId, verdictVersion })).ok,
    true,
  );
  const own = await runActionAs(approveVerdictAction, author, { claimId, revision: 1 });
  assert.equal(own.ok, false);
  if (!own.ok) {
    assert.equal(own.code, "FORBIDDEN");
    assert.match(own.error, /someone else must approve/);
  }
  assert.equal(
    (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status,
    "IN_REVIEW",
  );
  assert.equal(await prisma.review.count({ where: { verdict: { claimId } } }), 0);
  const other = await createTestUser("REVIEWER");
  assert.equal(
    (await runActionAs(approveVerdictAction, other, { claimId, revision: 1, comment: "Fine" })).ok,
    true,
  );
  assert.equal(
    (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status,
    "APPROVED",
  );
});

test("four eyes also covers someone who only edited the draft", async () => {
  const editor = await createTestUser("EDITOR");
  const admin = await createTestUser("ADMIN");
  const { claimId } = await draftBy(editor, [true, false]);
  const verdict = await prisma.verdict.findUniqueOrThrow({ where: { claimId } });
  const edited = await saveVerdictDraft({
    user: admin,
    claimId,
    verdictVersion: verdict.version,
    ratingId: verdict.ratingId!,
    conclusion: "Wrong year.",
    analysis: "",
  });
  await runActionAs(submitVerdictAction, editor, { claimId, verdictVersion: edited.version });
  const res = await runActionAs(approveVerdictAction, admin, { claimId, revision: 1 });
  assert.equal(res.ok ? "ok" : res.code, "FORBIDDEN");
});

test("submitting needs minSources sources, minPrimarySources of them primary", async () => {
  const editor = await createTestUser("EDITOR");
  for (const sources of [[], [true], [false, false]]) {
    const { claimId, verdictVersion } = await draftBy(editor, sources);
    const res = await runActionAs(submitVerdictAction, editor, { claimId, verdictVersion });
    assert.equal(res.ok, false, `submitted with ${JSON.stringify(sources)}`);
    if (!res.ok) assert.match(res.error, /Add at least 2 sources, 1 of them primary/);
    assert.equal(
      (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status,
      "IN_RESEARCH",
    );
    assert.equal(await prisma.verdictRevision.count({ where: { verdict: { claimId } } }), 0);
  }
  const ok = await draftBy(editor, [false, true]);
  const res = await runActionAs(submitVerdictAction, editor, ok);
  assert.equal(res.ok, true);
  const revision = await prisma.verdictRevision.findFirstOrThrow({
    where: { verdict: { claimId: ok.claimId } },
  });
  assert.equal(revision.revision, 1);
  assert.equal((revision.sourcesJson as unknown[]).length, 2);
});

test("request changes → fix → resubmit → approve, with reviews and revisions recorded", async () => {
  const editor = await createTestUser("EDITOR");
  const reviewer = await createTestUser("REVIEWER");
  const { claimId, verdictVersion } = await draftBy(editor, [true, true]);
  await runActionAs(submitVerdictAction, editor, { claimId, verdictVersion });
  const empty = await runActionAs(requestChangesAction, reviewer, {
    claimId,
    revision: 1,
    comment: "  ",
  });
  assert.equal(empty.ok ? "ok" : empty.code, "INVALID");
  assert.equal(
    (
      await runActionAs(requestChangesAction, reviewer, {
        claimId,
        revision: 1,
        comment: "Cite the 2023 series.",
      })
    ).ok,
    true,
  );
  await reviseAndResubmit(editor, claimId, "Wrong year.");
  const stale = await runActionAs(approveVerdictAction, reviewer, { claimId, revision: 1 });
  assert.equal(stale.ok ? "ok" : stale.code, "CONFLICT");
  assert.equal(
    (await runActionAs(approveVerdictAction, reviewer, { claimId, revision: 2 })).ok,
    true,
  );
  const reviews = await prisma.review.findMany({
    where: { verdict: { claimId } },
    orderBy: { createdAt: "asc" },
  });
  assert.deepEqual(
    reviews.map((r) => [r.revision, r.decision]),
    [
      [1, "REQUEST_CHANGES"],
      [2, "APPROVE"],
    ],
  );
});

test("two first drafts at the same moment: one is saved, the other is told who changed the claim", async () => {
  const editor = await createTestUser("EDITOR");
  const admin = await createTestUser("ADMIN");
  const { claimId } = await createClaimIn("IN_RESEARCH", { editor });
  const [rating] = await listRatings();
  const draft = (user: typeof editor, conclusion: string) =>
    saveVerdictDraft({
      user,
      claimId,
      verdictVersion: null,
      ratingId: rating!.id,
      conclusion,
      analysis: "",
    });
  const results = await Promise.allSettled([draft(editor, "First."), draft(admin, "Second.")]);
  const saved = results.filter((r) => r.status === "fulfilled");
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  assert.equal(saved.length, 1);
  assert.equal(refused.length, 1);
  assert.equal((refused[0]!.reason as { code?: string }).code, "CONFLICT");
  assert.equal(await prisma.verdict.count({ where: { claimId } }), 1);
});
