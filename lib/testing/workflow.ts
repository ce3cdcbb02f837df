// Test helper: drives a fresh claim through the real use cases to IN_RESEARCH, IN_REVIEW or
// APPROVED (publishing tests start from APPROVED).
import "server-only";
import type { CurrentUser } from "../auth/current-user";
import { ensureRatingScale } from "../seed/ensure-rating-scale";
import { prisma } from "../db";
import { takeClaim } from "../claims/take-claim";
import { addSource } from "../sources/add-source";
import { saveVerdictDraft } from "../verdicts/save-verdict-draft";
import { submitVerdict } from "../verdicts/submit-verdict";
import { approveVerdict } from "../verdicts/approve-verdict";
import { createTestArticleWithClaims, testSourceFields } from "./claims";
import { createTestUser } from "./users";

export type DrivenStatus = "QUEUED" | "IN_RESEARCH" | "IN_REVIEW" | "APPROVED";

export async function createClaimIn(
  status: DrivenStatus,
  people: {
    editor?: CurrentUser;
    reviewer?: CurrentUser /** A QUEUED claim to drive instead of a new one. */;
    claimId?: string;
  } = {},
) {
  const editor = people.editor ?? (await createTestUser("EDITOR"));
  const claimId = people.claimId ?? (await createTestArticleWithClaims({ claims: 1 })).claims[0].id;
  if (status === "QUEUED") return { claimId, editor };
  await takeClaim({ user: editor, claimId });
  if (status === "IN_RESEARCH") return { claimId, editor };
  await ensureRatingScale();
  const rating = await prisma.rating.findFirstOrThrow({ where: { label: "Mostly false" } });
  await addSource({ user: editor, claimId, ...testSourceFields({ isPrimary: true }) });
  await addSource({
    user: editor,
    claimId,
    ...testSourceFields({ isPrimary: false, url: "https://paper.example.com/a" }),
  });
  const draft = await saveVerdictDraft({
    user: editor,
    claimId,
    verdictVersion: null,
    ratingId: rating.id,
    conclusion: "The figure is from a different year.",
    analysis: "The **official** series shows otherwise.",
  });
  await submitVerdict({ user: editor, claimId, verdictVersion: draft.version });
  if (status === "IN_REVIEW") return { claimId, editor };
  const reviewer = people.reviewer ?? (await createTestUser("REVIEWER"));
  await approveVerdict({ user: reviewer, claimId, revision: 1, comment: "Good." });
  return { claimId, editor, reviewer };
}

/** The editor revises the draft of a claim sent back and submits it again (the next revision). */
export async function reviseAndResubmit(editor: CurrentUser, claimId: string, conclusion: string) {
  const verdict = await prisma.verdict.findUniqueOrThrow({ where: { claimId } });
  const fixed = await saveVerdictDraft({
    user: editor,
    claimId,
    verdictVersion: verdict.version,
    ratingId: verdict.ratingId!,
    conclusion,
    analysis: "",
  });
  return submitVerdict({ user: editor, claimId, verdictVersion: fixed.version });
}
