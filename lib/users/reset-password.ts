import "server-only";
import { prisma } from "../db";
import { hashPassword } from "../auth/password";
import { notFound } from "../auth/errors";
import { assertPasswordNotCommon } from "../auth/common-passwords";
import { replacePassword } from "./replace-password";

/** Sets a new password and ends the user's sessions. */
export async function resetPassword(options: {
  actorId: string | null;
  email: string;
  password: string;
}) {
  assertPasswordNotCommon(options.password);
  const passwordHash = await hashPassword(options.password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: options.email.trim().toLowerCase() } });
    if (!user) throw notFound(`User ${options.email}`);
    await replacePassword(tx, { user, passwordHash, actorId: options.actorId, by: "reset" });
    return { id: user.id, email: user.email };
  });
}
