import "server-only";
import { prisma } from "../db";
import { verifyPassword } from "../auth/password";
import { recordSecurityEvent } from "../security/record-security-event";
import { normalizeRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchTotp } from "./totp";

export type SecondFactor = { method: "totp" } | { method: "recovery"; remaining: number };

/**
 * Checks a current code or a recovery code of a user with two-factor on, and uses it up: a code's
 * time step is stored (that code and older ones are refused from then on), a recovery code is
 * marked used. Both are conditional updates, so two parallel requests cannot both pass.
 */
export async function verifySecondFactor(options: {
  userId: string;
  code: string;
  ip?: string | null;
}): Promise<SecondFactor | null> {
  const { userId, code } = options;
  const twoFactor = await prisma.twoFactor.findUnique({ where: { userId } });
  if (!twoFactor?.enabledAt) return null;

  if (/^\d{6}$/.test(code)) {
    const step = await matchTotp(openSecret(twoFactor.secret), code, twoFactor.lastUsedStep);
    if (step === null) return null;
    const { count } = await prisma.twoFactor.updateMany({
      where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
      data: { lastUsedStep: step },
    });
    return count === 1 ? { method: "totp" } : null;
  }

  const recovery = normalizeRecoveryCode(code);
  if (!recovery) return null;
  const unused = await prisma.twoFactorRecoveryCode.findMany({ where: { userId, usedAt: null } });
  for (const row of unused) {
    if (!(await verifyPassword(row.codeHash, recovery))) continue;
    const { count } = await prisma.twoFactorRecoveryCode.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count !== 1) return null;
    const remaining = unused.length - 1;
    await recordSecurityEvent({
      kind: "twofactor.recovery_used",
      userId,
      actorId: userId,
      ip: options.ip,
      detail: { remaining },
    });
    return { method: "recovery", remaining };
  }
  return null;
}
