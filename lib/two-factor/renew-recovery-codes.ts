import "server-only";
import { prisma } from "../db";
import { confirmIdentity } from "../auth/confirm-identity";
import type { CurrentUser } from "../auth/user-for-session";
import { recordOwnTwoFactorChange, replaceRecoveryCodes } from "./record-own-change";
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
    await replaceRecoveryCodes(tx, user.id, hashes);
    await recordOwnTwoFactorChange(tx, user, {
      action: "user.twoFactor.recoveryCodes",
      kind: "twofactor.recovery_renewed",
    });
  });
  return { recoveryCodes: codes };
}
