// Who hears about a change to a claim: its holder when someone else edits it, and the verdict's
// writers when it is reviewed or published. Called on the change's own transaction.
import "server-only";
import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import type { ClaimStatus, NotificationKind } from "../generated/prisma/enums";
import { verdictWriters } from "../verdicts/verdict-access";
import { writeNotifications } from "./write-notifications";

/** "Someone else edited a claim you hold": `what` says what they did ("added a source"). */
export async function notifyHolderOfEdit(
  tx: Tx,
  options: { user: CurrentUser; claimId: string; what: string },
): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: options.claimId },
    select: { id: true, canonicalText: true, assigneeId: true, status: true },
  });
  await writeNotifications(tx, {
    kind: "CLAIM_EDITED",
    actor: options.user,
    claim,
    recipients: [claim.assigneeId],
    detail: options.what,
  });
}

/** Tells whoever wrote the claim's verdict (and its holder) that it was reviewed or published. */
export async function notifyVerdictWriters(
  tx: Tx,
  options: {
    kind: Extract<NotificationKind, "CHANGES_REQUESTED" | "VERDICT_APPROVED" | "CHECK_PUBLISHED">;
    user: CurrentUser;
    claim: { id: string; canonicalText: string; assigneeId: string | null; status: ClaimStatus };
    detail?: string;
  },
): Promise<void> {
  const { kind, user, claim, detail } = options;
  const verdict = await tx.verdict.findUniqueOrThrow({
    where: { claimId: claim.id },
    select: { id: true },
  });
  const writers = await verdictWriters(tx, verdict.id);
  await writeNotifications(tx, {
    kind,
    actor: user,
    claim,
    recipients: [claim.assigneeId, ...writers],
    detail,
  });
}
