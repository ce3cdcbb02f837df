// Takes a fact-check down: the claim goes back to APPROVED and its page answers 410 Gone with
// the reason, so readers and search engines learn it was withdrawn on purpose.
import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { conflict } from "../auth/errors";
import { assertMove } from "../workflow/claim-workflow";
import { moveClaim } from "../claims/move-claim";
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
    const claim = await lockClaimForPublishing(tx, user, claimId);
    assertMove(claim.status, "unpublish"); // before the publication checks, so a wrong state says so first
    const publication = claim.publication;
    if (publication?.status !== "LIVE") throw conflict("This fact-check is not live.");
    if (expectedVersion !== undefined && publication.version !== expectedVersion) {
      throw conflict("This fact-check was changed since you opened it. Reload and try again.");
    }
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
    await moveClaim(tx, {
      user,
      claimId: claim.id,
      move: "unpublish",
      auditBefore: { publication: "LIVE" },
      audit: { publication: "UNPUBLISHED", slug: publication.slug, reason },
    });
    announcePublishedPageAfterCommit(tx, { slug: publication.slug, event: "withdraw" });
    return { claimId: claim.id, slug: publication.slug };
  });
}
