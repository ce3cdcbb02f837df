import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { createClaimIn, reviseAndResubmit } from "../../testing/workflow";
import { claimCapabilities } from "../../claims/claim-capabilities";
import { getClaimWorkspace } from "../../claims/get-claim-workspace";
import { listQueue } from "../../claims/list-queue";
import { queueFilterSchema } from "../../claims/claim.schema";
import { changesRequested, claimStateLabel, type ReviewFacts } from "../review-state";
import { requestChangesAction } from "../verdicts.actions";

after(disconnectDb);

type Review = { decision: "APPROVE" | "REQUEST_CHANGES"; revision: number };
const facts = (over: Partial<ReviewFacts<Review>>): ReviewFacts<Review> => ({
  status: "IN_RESEARCH",
  verdictRevision: 1,
  latestReview: { decision: "REQUEST_CHANGES", revision: 1 },
  ...over,
});

test("changes requested: in research, the latest review asked for changes on the last submit", () => {
  assert.equal(claimStateLabel(facts({})), "Changes requested");
  assert.deepEqual(changesRequested(facts({})), { decision: "REQUEST_CHANGES", revision: 1 });
  // Submitted again: the verdict's revision moved past the review, and the claim is in review.
  assert.equal(claimStateLabel(facts({ status: "IN_REVIEW", verdictRevision: 2 })), "In review");
  assert.equal(changesRequested(facts({ verdictRevision: 2 })), null);
  assert.equal(claimStateLabel(facts({ latestReview: null, verdictRevision: 0 })), "In research");
  assert.equal(
    claimStateLabel(
      facts({ status: "APPROVED", latestReview: { decision: "APPROVE", revision: 1 } }),
    ),
    "Approved",
  );
  assert.equal(claimStateLabel(facts({ status: "DISMISSED" })), "Dismissed");
});

test("queue and workspace show changes requested with the comment until the editor submits again", async () => {
  const reviewer = await createTestUser("REVIEWER", "Rita Reviewer");
  const { claimId, editor } = await createClaimIn("IN_REVIEW");
  const requested = await runActionAs(requestChangesAction, reviewer, {
    claimId,
    revision: 1,
    comment: "Cite the 2023 series.",
  });
  assert.ok(requested.ok, JSON.stringify(requested));

  const workspace = (await getClaimWorkspace({ user: editor, claimId }))!;
  assert.equal(workspace.stateLabel, "Changes requested");
  assert.equal(workspace.changesRequested?.comment, "Cite the 2023 series.");
  assert.equal(workspace.changesRequested?.reviewer.name, "Rita Reviewer");
  const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  const row = async () => {
    const page = await listQueue({
      user: editor,
      filter: queueFilterSchema.parse({ speaker: claim.speakerId }),
    });
    return page.rows.find((r) => r.id === claimId)!;
  };
  assert.equal(claimStateLabel(await row()), "Changes requested");

  await reviseAndResubmit(editor, claimId, "Wrong year, per the 2023 series.");
  const after = (await getClaimWorkspace({ user: editor, claimId }))!;
  assert.equal(after.changesRequested, null);
  assert.equal(after.stateLabel, "In review");
  assert.equal(claimStateLabel(await row()), "In review");
});

test("four eyes: the author is offered no review and the server refuses their request for changes", async () => {
  const author = await createTestUser("REVIEWER");
  const other = await createTestUser("REVIEWER");
  const { claimId } = await createClaimIn("IN_REVIEW", { editor: author });
  const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  const writers = (await getClaimWorkspace({ user: author, claimId }))!.verdictWriterIds;
  assert.deepEqual(claimCapabilities(author, claim, writers).moves, []);
  assert.deepEqual(claimCapabilities(other, claim, writers).moves, ["requestChanges", "approve"]);
  // Without the writers at hand, no review is offered at all.
  assert.deepEqual(claimCapabilities(other, claim).moves, []);
  const own = await runActionAs(requestChangesAction, author, {
    claimId,
    revision: 1,
    comment: "Let me fix this myself.",
  });
  assert.equal(own.ok ? "ok" : own.code, "FORBIDDEN");
  if (!own.ok) assert.match(own.error, /someone else must request changes/);
  assert.equal(await prisma.review.count({ where: { verdict: { claimId } } }), 0);
});
