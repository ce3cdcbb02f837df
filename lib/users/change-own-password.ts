import "server-only";
import { prisma } from "../db";
import { assertPasswordNotCommon } from "../auth/common-passwords";
import type { CurrentUser } from "../auth/current-user";
import { ActionError, invalid } from "../auth/errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { THROTTLED_MESSAGE } from "../auth/sign-in";
import { reserveSignInAttempt, settleSignInAttempt } from "../auth/throttle";
import { replacePassword } from "./replace-password";

/**
 * The signed-in user sets a new password: the current one must be right (a guess counts
 * against the account's sign-in throttle), the new one not common; every other session of
 * theirs ends in the same transaction, this one stays.
 */
export async function changeOwnPassword(options: {
  user: CurrentUser;
  currentPassword: string;
  newPassword: string;
}) {
  const { user, currentPassword, newPassword } = options;
  const address = `session:${user.sid}`;
  const attempt = await reserveSignInAttempt(user.email, address);
  if (!attempt.allowed) throw new ActionError("TOO_MANY", THROTTLED_MESSAGE);
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!(await verifyPassword(row.passwordHash, currentPassword))) {
    await settleSignInAttempt(attempt.attemptId, {
      ok: false,
      email: user.email,
      ip: address,
      userId: user.id,
    });
    throw invalid("Your current password is not right.", {
      currentPassword: ["Not your current password"],
    });
  }
  await settleSignInAttempt(attempt.attemptId, { ok: true });
  assertPasswordNotCommon(newPassword, "newPassword");
  const passwordHash = await hashPassword(newPassword);
  return prisma.$transaction((tx) =>
    replacePassword(tx, {
      user,
      passwordHash,
      actorId: user.id,
      by: "self",
      keepSessionId: user.sid,
    }),
  );
}
