import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import type { DismissReason } from "../generated/prisma/enums";
import { moveClaim } from "./move-claim";

export interface DismissClaimOptions {
  user: CurrentUser;
  claimId: string;
  reason: DismissReason;
  note?: string;
}

export async function dismissClaim({ user, claimId, reason, note }: DismissClaimOptions) {
  return transaction((tx) =>
    moveClaim(tx, {
      user,
      claimId,
      move: "dismiss",
      data: {
        dismissReason: reason,
        dismissNote: note || null,
        assigneeId: null,
        assignedAt: null,
      },
      audit: { reason, note },
    }),
  );
}
