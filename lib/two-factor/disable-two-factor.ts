import "server-only";
import { prisma } from "../db";
import { confirmIdentity } from "../auth/confirm-identity";
import type { CurrentUser } from "../auth/user-for-session";
import { conflict } from "../auth/errors";
import { recordOwnTwoFactorChange } from "./record-own-change";

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
    await recordOwnTwoFactorChange(tx, user, {
      action: "user.twoFactor.disable",
      kind: "twofactor.disabled",
      detail: { with: factor?.method ?? null },
    });
  });
  return { disabled: true };
}

export async function assertTwoFactorOn(userId: string): Promise<void> {
  const row = await prisma.twoFactor.findUnique({ where: { userId } });
  if (!row?.enabledAt) throw conflict("Two-factor sign-in is not on for your account.");
}
