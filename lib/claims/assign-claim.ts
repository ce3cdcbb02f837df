import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { can } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { moveClaim } from "./move-claim";
import { loadClaimForUpdate } from "./load-claim";
import { changedByMessage } from "./claim-conflict";
import { announceClaimChangeAfterCommit } from "./claim-change-feed";

export interface AssignClaimOptions {
  user: CurrentUser;
  claimId: string;
  assigneeId: string;
}

/** Hands a queued claim to an editor, or moves a claim in research to another editor. */
export async function assignClaim({ user, claimId, assigneeId }: AssignClaimOptions) {
  return transaction(async (tx) => {
    const assignee = await tx.user.findFirst({ where: { id: assigneeId, active: true } });
    if (!assignee || !can(assignee.role, "claim:take")) {
      throw invalid("That person cannot research claims.", { assigneeId: ["Choose an active editor"] });
    }
    const claim = await loadClaimForUpdate(tx, user, claimId);
    if (claim.status === "QUEUED") {
      return moveClaim(tx, {
        user,
        claimId,
        move: "take",
        data: { assigneeId, assignedAt: new Date() },
        audit: { assignedBy: user.id },
      });
    }
    if (claim.status !== "IN_RESEARCH") {
      throw invalid(`Only queued claims or claims in research can be assigned.`);
    }
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, version: claim.version },
      data: { assigneeId, assignedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw await changedByMessage(tx, "claim", claim.id, claim.updatedAt);
    await writeAudit(tx, {
      actorId: user.id,
      action: "claim.assign",
      entityType: "claim",
      entityId: claim.id,
      before: { assigneeId: claim.assigneeId },
      after: { assigneeId },
    });
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
    announceClaimChangeAfterCommit(tx, after);
    return after;
  });
}
