import "server-only";
import { transaction, type Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { can } from "../auth/permissions";
import { moveClaim } from "./move-claim";
import { loadClaimForUpdate } from "./load-claim";
import { updateClaimAtVersion } from "./update-claim";
import { ASSIGNABLE_STATUSES } from "./claim-capabilities";
import { writeNotifications } from "../notifications/write-notifications";

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
      throw invalid("That person cannot research claims.", {
        assigneeId: ["Choose an active editor"],
      });
    }
    const claim = await loadClaimForUpdate(tx, user, claimId);
    const after = await assignLoaded(tx, user, claim, assigneeId);
    await writeNotifications(tx, {
      kind: "ASSIGNED",
      actor: user,
      claim: after,
      recipients: [assigneeId],
    });
    // Whoever held it loses it: someone else changed a claim they held.
    await writeNotifications(tx, {
      kind: "CLAIM_EDITED",
      actor: user,
      claim: after,
      recipients: [claim.assigneeId === assigneeId ? null : claim.assigneeId],
      detail: `assigned it to ${assignee.name}`,
    });
    return after;
  });
}

async function assignLoaded(
  tx: Tx,
  user: CurrentUser,
  claim: Awaited<ReturnType<typeof loadClaimForUpdate>>,
  assigneeId: string,
) {
  if (claim.status === "QUEUED") {
    return moveClaim(tx, {
      user,
      claimId: claim.id,
      move: "take",
      data: { assigneeId, assignedAt: new Date() },
      audit: { assignedBy: user.id },
    });
  }
  if (!ASSIGNABLE_STATUSES.includes(claim.status)) {
    throw invalid(`Only queued claims or claims in research can be assigned.`);
  }
  return updateClaimAtVersion(tx, {
    user,
    seen: claim,
    data: { assigneeId, assignedAt: new Date() },
    audit: {
      action: "claim.assign",
      before: { assigneeId: claim.assigneeId },
      after: { assigneeId },
    },
  });
}
