// Takes a fact-check down: the claim goes back to APPROVED and its page answers 410 Gone with
// the reason, so readers and search engines learn it was withdrawn on purpose.
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { conflict } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { assertMove } from "../workflow/claim-workflow";
import { announceClaimChangeAfterCommit } from "../claims/claim-change-feed";
import { lockClaimForPublishing } from "./lock-claim";
import { announcePublishedPageAfterCommit } from "./published-page-changes";

export interface UnpublishVerdictOptions {
  user: CurrentUser;
  claimId: string;
  reason: string;
  expectedVersion?: number;
}

export async function unpublishVerdict({
  user,
  claimId,
  reason,
  expectedVersion,
}: UnpublishVerdictOptions) {
  return transaction(async (tx) => {
    const claim = await lockClaimForPublishing(tx, claimId);
    assertMove(claim.status, "unpublish");
    const publication = claim.publication;
    if (publication?.status !== "LIVE") throw conflict("This fact-check is not live.");
    if (expectedVersion !== undefined && publication.version !== expectedVersion) {
      throw conflict("This fact-check was changed since you opened it. Reload and try again.");
    }
    const after = await tx.claim.update({
      where: { id: claim.id },
      data: { status: "APPROVED", version: { increment: 1 } },
    });
    announceClaimChangeAfterCommit(tx, after);
    const now = new Date();
    await tx.publication.update({
      where: { id: publication.id },
      data: {
        status: "UNPUBLISHED",
        unpublishedAt: now,
        unpublishedReason: reason,
        updatedAt: now,
        version: { increment: 1 },
      },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "claim.unpublish",
      entityType: "claim",
      entityId: claim.id,
      before: { status: claim.status, publication: "LIVE" },
      after: { status: "APPROVED", publication: "UNPUBLISHED", slug: publication.slug, reason },
    });
    announcePublishedPageAfterCommit(tx, { slug: publication.slug, event: "withdraw" });
    return { claimId: claim.id, slug: publication.slug };
  });
}
