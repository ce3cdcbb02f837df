import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { confirmIdentity } from "../auth/confirm-identity";
import type { CurrentUser } from "../auth/user-for-session";
import { conflict } from "../auth/errors";
import { recordSecurityEvent } from "../security/record-security-event";

/** Turns one's own two-factor sign-in off; needs the password and a code or recovery code. */
export async function disableTwoFactor(options: {
  user: CurrentUser;
  currentPassword: string;
  code: string;
}) {
  const { user } = options;
  await assertTwoFactorOn(user.id);
  const factor = await confirmIdentity(options);
  await prisma.$transaction(async (tx) => {
    await tx.twoFactor.deleteMany({ where: { userId: user.id } });
    await tx.twoFactorRecoveryCode.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.twoFactor.disable",
      entityType: "user",
      entityId: user.id,
    });
    await recordSecurityEvent(
      {
        kind: "twofactor.disabled",
        userId: user.id,
        actorId: user.id,
        email: user.email,
        detail: { with: factor?.method ?? null },
      },
      tx,
    );
  });
  return { disabled: true };
}

export async function assertTwoFactorOn(userId: string): Promise<void> {
  const row = await prisma.twoFactor.findUnique({ where: { userId } });
  if (!row?.enabledAt) throw conflict("Two-factor sign-in is not on for your account.");
}
