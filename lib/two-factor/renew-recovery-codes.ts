import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { confirmIdentity } from "../auth/confirm-identity";
import type { CurrentUser } from "../auth/user-for-session";
import { recordSecurityEvent } from "../security/record-security-event";
import { assertTwoFactorOn } from "./disable-two-factor";
import { newRecoveryCodes } from "./recovery-codes";

/** New recovery codes (the old ones stop working); needs the password and a code. */
export async function renewRecoveryCodes(options: {
  user: CurrentUser;
  currentPassword: string;
  code: string;
}) {
  const { user } = options;
  await assertTwoFactorOn(user.id);
  await confirmIdentity(options);
  const { codes, hashes } = await newRecoveryCodes();
  await prisma.$transaction(async (tx) => {
    await tx.twoFactorRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.twoFactorRecoveryCode.createMany({
      data: hashes.map((codeHash) => ({ userId: user.id, codeHash })),
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.twoFactor.recoveryCodes",
      entityType: "user",
      entityId: user.id,
    });
    await recordSecurityEvent(
      { kind: "twofactor.recovery_renewed", userId: user.id, actorId: user.id, email: user.email },
      tx,
    );
  });
  return { recoveryCodes: codes };
}
