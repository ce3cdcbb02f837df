import "server-only";
import { prisma } from "../db";

/** What the account page shows: on or not, since when, and how many recovery codes are left. */
export async function getTwoFactorStatus(userId: string) {
  const [twoFactor, recoveryCodesLeft] = await Promise.all([
    prisma.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } }),
    prisma.twoFactorRecoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabledAt: twoFactor?.enabledAt ?? null, recoveryCodesLeft };
}
