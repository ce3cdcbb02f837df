import "server-only";
import { prisma } from "../db";
import { assertPasswordNotCommon } from "../auth/common-passwords";
import type { CurrentUser } from "../auth/current-user";
import { confirmIdentity } from "../auth/confirm-identity";
import { hashPassword } from "../auth/password";
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
  await confirmIdentity({ user, currentPassword });
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
