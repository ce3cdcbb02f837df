import type { Tx } from "../db";
import { writeAudit } from "../audit/write-audit";
import type { CurrentUser } from "../auth/user-for-session";
import { recordSecurityEvent, type SecurityEventInput } from "../security/record-security-event";

/** A user's change to their own two-factor sign-in: its audit row and its security event. */
export async function recordOwnTwoFactorChange(
  tx: Tx,
  user: CurrentUser,
  change: {
    action: string;
    kind: SecurityEventInput["kind"];
    detail?: SecurityEventInput["detail"];
  },
): Promise<void> {
  await writeAudit(tx, {
    actorId: user.id,
    action: change.action,
    entityType: "user",
    entityId: user.id,
  });
  await recordSecurityEvent(
    {
      kind: change.kind,
      userId: user.id,
      actorId: user.id,
      email: user.email,
      detail: change.detail,
    },
    tx,
  );
}

/** Replaces a user's recovery codes with these hashes (newRecoveryCodes). */
export async function replaceRecoveryCodes(tx: Tx, userId: string, hashes: string[]) {
  await tx.twoFactorRecoveryCode.deleteMany({ where: { userId } });
  await tx.twoFactorRecoveryCode.createMany({
    data: hashes.map((codeHash) => ({ userId, codeHash })),
  });
}
