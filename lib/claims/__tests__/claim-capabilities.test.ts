// Work on a claim (its wording, sources, verdict) is its assignee's, or a reviewer's or admin's:
// another editor is refused with a message, and the page's buttons follow the same rule.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs, type AnyAction } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import type { Role } from "../../generated/prisma/enums";
import { createTestUser } from "../../testing/users";
import { createClaimIn } from "../../testing/workflow";
import { testSourceFields } from "../../testing/claims";
import { listRatings } from "../../ratings/list-ratings";
import { addSource } from "../../sources/add-source";
import { saveVerdictDraft } from "../../verdicts/save-verdict-draft";
import {
  addSourceAction,
  editSourceAction,
  removeSourceAction,
} from "../../sources/sources.actions";
import { saveVerdictDraftAction, submitVerdictAction } from "../../verdicts/verdicts.actions";
import { editCanonicalTextAction, releaseClaimAction } from "../claims.actions";
import { claimCapabilities, NOT_YOUR_CLAIM, type ClaimWork } from "../claim-capabilities";

after(disconnectDb);

/** A claim in research held by `holder`, with two sources and a saved draft. */
async function heldClaim(holder: CurrentUser) {
  const { claimId } = await createClaimIn("IN_RESEARCH", { editor: holder });
  const [rating] = await listRatings({ activeOnly: true });
  const source = await addSource({
    user: holder,
    claimId,
    ...testSourceFields({ isPrimary: true }),
  });
  await addSource({ user: holder, claimId, ...testSourceFields({ isPrimary: false }) });
  const draft = await saveVerdictDraft({
    user: holder,
    claimId,
    verdictVersion: null,
    ratingId: rating!.id,
    conclusion: "Wrong year.",
    analysis: "",
  });
  const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  return { claim, source, verdictVersion: draft.version };
}

type Held = Awaited<ReturnType<typeof heldClaim>>;
const WORK: {
  work: ClaimWork;
  action: AnyAction;
  input: (h: Held) => unknown;
}[] = [
  {
    work: "editText",
    action: editCanonicalTextAction,
    input: (h) => ({
      claimId: h.claim.id,
      version: h.claim.version,
      canonicalText: "Rewritten by someone else.",
    }),
  },
  {
    work: "editSources",
    action: addSourceAction,
    input: (h) => ({ claimId: h.claim.id, ...testSourceFields() }),
  },
  {
    work: "editSources",
    action: editSourceAction,
    input: (h) => ({
      sourceId: h.source.id,
      version: h.source.version,
      ...testSourceFields({ title: "Changed" }),
    }),
  },
  {
    work: "editSources",
    action: removeSourceAction,
    input: (h) => ({ sourceId: h.source.id, version: h.source.version }),
  },
  {
    work: "editVerdict",
    action: saveVerdictDraftAction,
    input: (h) => ({
      claimId: h.claim.id,
      verdictVersion: h.verdictVersion,
      ratingId: "",
      conclusion: "Overwritten.",
      analysis: "",
    }),
  },
  {
    work: "submitVerdict",
    action: submitVerdictAction,
    input: (h) => ({ claimId: h.claim.id, verdictVersion: h.verdictVersion }),
  },
];

for (const { work, action, input } of WORK) {
  test(`${action.name}: another editor is refused with a message; the page offers them nothing`, async () => {
    const holder = await createTestUser("EDITOR");
    const other = await createTestUser("EDITOR");
    const held = await heldClaim(holder);
    assert.equal(claimCapabilities(other, held.claim)[work], false);
    const auditBefore = await prisma.auditLog.count();
    const result = await runActionAs(action, other, input(held));
    assert.equal(!result.ok && result.code, "FORBIDDEN");
    assert.equal(!result.ok && result.error, NOT_YOUR_CLAIM);
    assert.equal(await prisma.auditLog.count(), auditBefore, "nothing was written");
    const after = await prisma.claim.findUniqueOrThrow({
      where: { id: held.claim.id },
      include: { sources: true },
    });
    assert.equal(after.canonicalText, held.claim.canonicalText);
    assert.equal(after.sources.length, 2);
  });

  for (const role of ["EDITOR", "REVIEWER", "ADMIN"] as Role[]) {
    const who =
      role === "EDITOR"
        ? "the assignee"
        : `${role === "ADMIN" ? "an admin" : "a reviewer"} who does not hold it`;
    test(`${action.name}: ${who} may, and the page shows it`, async () => {
      const holder = await createTestUser("EDITOR");
      const held = await heldClaim(holder);
      const actor = role === "EDITOR" ? holder : await createTestUser(role);
      assert.equal(claimCapabilities(actor, held.claim)[work], true);
      const result = await runActionAs(action, actor, input(held));
      assert.ok(result.ok, result.ok ? "" : `${result.code}: ${result.error}`);
    });
  }
}

test("a viewer is offered nothing, and a claim nobody has taken keeps its wording editable in triage", async () => {
  const viewer = await createTestUser("VIEWER");
  const editor = await createTestUser("EDITOR");
  const none = {
    editText: false,
    editSources: false,
    editVerdict: false,
    submitVerdict: false,
    moves: [],
    assign: false,
    clip: false,
  };
  assert.deepEqual(
    claimCapabilities(viewer, { status: "IN_RESEARCH", assigneeId: viewer.id }),
    none,
  );
  assert.deepEqual(claimCapabilities(editor, { status: "QUEUED", assigneeId: null }), {
    ...none,
    editText: true,
    moves: ["dismiss", "take"],
    clip: true,
  });
  assert.deepEqual(claimCapabilities(editor, { status: "IN_REVIEW", assigneeId: editor.id }), {
    ...none,
    clip: true,
  });
});

test("the buttons: release only for the claim's editor or an assigner; assign for assigners while queued or in research", async () => {
  const [editor, other, reviewer] = [
    await createTestUser("EDITOR"),
    await createTestUser("EDITOR"),
    await createTestUser("REVIEWER"),
  ];
  const held = { status: "IN_RESEARCH" as const, assigneeId: editor.id };
  assert.ok(claimCapabilities(editor, held).moves.includes("release"));
  assert.ok(!claimCapabilities(other, held).moves.includes("release"));
  assert.ok(claimCapabilities(reviewer, held).moves.includes("release"));
  assert.equal(claimCapabilities(editor, held).assign, false);
  assert.equal(claimCapabilities(reviewer, held).assign, true);
  assert.equal(
    claimCapabilities(reviewer, { status: "IN_REVIEW", assigneeId: null }).assign,
    false,
  );
  // The release button and the server agree: another editor is refused with the same rule.
  const { claimId } = await createClaimIn("IN_RESEARCH", { editor });
  const refused = await runActionAs(releaseClaimAction, other, { claimId });
  assert.equal(!refused.ok && refused.code, "FORBIDDEN");
  assert.ok((await runActionAs(releaseClaimAction, reviewer, { claimId })).ok);
});
