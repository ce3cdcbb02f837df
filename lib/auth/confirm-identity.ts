import "server-only";
import { prisma } from "../db";
import { verifySecondFactor, type SecondFactor } from "../two-factor/verify-second-factor";
import { WRONG_CODE_MESSAGE } from "../two-factor/two-factor.schema";
import type { CurrentUser } from "./user-for-session";
import { ActionError, invalid } from "./errors";
import { verifyPassword } from "./password";
import { THROTTLED_MESSAGE } from "./sign-in";
import { reserveSignInAttempt, settleSignInAttempt } from "./throttle";

/**
 * The signed-in user proves it is them before a sensitive change: their current password and,
 * when `code` is given, a two-factor code (used up). A wrong answer counts against the account's
 * sign-in throttle and is a security event, like a failed sign-in.
 */
export async function confirmIdentity(options: {
  user: CurrentUser;
  currentPassword: string;
  code?: string;
}): Promise<SecondFactor | null> {
  const { user } = options;
  const address = `session:${user.sid}`;
  const attempt = await reserveSignInAttempt(user.email, address);
  if (!attempt.allowed) throw new ActionError("TOO_MANY", THROTTLED_MESSAGE);
  const failed = (kind: "signin.failed" | "twofactor.failed") =>
    settleSignInAttempt(attempt.attemptId, {
      ok: false,
      kind,
      email: user.email,
      ip: address,
      userId: user.id,
    });
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!(await verifyPassword(row.passwordHash, options.currentPassword))) {
    await failed("signin.failed");
    throw invalid("Your current password is not right.", {
      currentPassword: ["Not your current password"],
    });
  }
  let factor: SecondFactor | null = null;
  if (options.code !== undefined) {
    factor = await verifySecondFactor({ userId: user.id, code: options.code, ip: address });
    if (!factor) {
      await failed("twofactor.failed");
      throw invalid(WRONG_CODE_MESSAGE, {
        code: ["Not a current code or an unused recovery code"],
      });
    }
  }
  await settleSignInAttempt(attempt.attemptId, { ok: true });
  return factor;
}
