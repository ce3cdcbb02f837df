import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/user-for-session";
import { conflict, invalid } from "../auth/errors";
import { recordOwnTwoFactorChange, replaceRecoveryCodes } from "./record-own-change";
import { newRecoveryCodes } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchTotp } from "./totp";

const RESTART = "Start the setup again: no setup is waiting for a code.";

/**
 * Completes enrolment with the first code from the app, and returns the recovery codes: this is
 * the only time they exist in plain text (only their argon2id hashes are stored).
 */
export async function confirmTwoFactorSetup({ user, code }: { user: CurrentUser; code: string }) {
  const pending = await prisma.twoFactor.findUnique({ where: { userId: user.id } });
  if (!pending) throw conflict(RESTART);
  if (pending.enabledAt) throw conflict("Two-factor sign-in is already on for your account.");
  const step = await matchTotp(openSecret(pending.secret), code, null);
  if (step === null)
    throw invalid(
      "That code is not right. Check that your phone's clock is correct and type the current code.",
      {
        code: ["Not the current code"],
      },
    );
  const { codes, hashes } = await newRecoveryCodes();
  await prisma.$transaction(async (tx) => {
    // Conditional on the secret the code was checked against (a restart in another tab changes it).
    const { count } = await tx.twoFactor.updateMany({
      where: { userId: user.id, secret: pending.secret, enabledAt: null },
      data: { enabledAt: new Date(), lastUsedStep: step },
    });
    if (count !== 1) throw conflict(RESTART);
    await replaceRecoveryCodes(tx, user.id, hashes);
    await recordOwnTwoFactorChange(tx, user, {
      action: "user.twoFactor.enrol",
      kind: "twofactor.enrolled",
    });
  });
  return { recoveryCodes: codes };
}
