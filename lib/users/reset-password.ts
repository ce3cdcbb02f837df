import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { hashPassword } from "../auth/password";
import { notFound } from "../auth/errors";
import { assertPasswordNotCommon } from "../auth/common-passwords";
import { recordSecurityEvent } from "../security/record-security-event";

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
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.userSession.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, {
      actorId: options.actorId,
      action: "user.password",
      entityType: "user",
      entityId: user.id,
    });
    await recordSecurityEvent(
      {
        kind: "user.password",
        userId: user.id,
        actorId: options.actorId,
        email: user.email,
        detail: { by: "reset" },
      },
      tx,
    );
    return { id: user.id, email: user.email };
  });
}
