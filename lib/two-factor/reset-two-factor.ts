import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { conflict, notFound } from "../auth/errors";
import { recordSecurityEvent } from "../security/record-security-event";

/**
 * An admin removes another user's two-factor sign-in (lost phone): their secret, recovery codes
 * and pending sign-ins go, and their sessions end. They sign in with the password next time and
 * set two-factor up again (at once, when the admin setting requires it for their role).
 */
export async function resetTwoFactor(options: {
  actorId: string | null; // null: the command line
  userId: string;
}) {
  const { actorId, userId } = options;
  if (actorId === userId)
    throw conflict(
      "Turn your own two-factor sign-in off under Your account, or ask another admin.",
    );
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      include: { twoFactor: { select: { enabledAt: true } } },
    });
    if (!user) throw notFound("User");
    if (!user.twoFactor) throw conflict(`${user.email} has no two-factor sign-in to reset.`);
    await tx.twoFactor.delete({ where: { userId } });
    await tx.twoFactorRecoveryCode.deleteMany({ where: { userId } });
    await tx.twoFactorChallenge.deleteMany({ where: { userId } });
    const ended = await tx.userSession.deleteMany({ where: { userId } });
    await writeAudit(tx, {
      actorId,
      action: "user.twoFactor.reset",
      entityType: "user",
      entityId: userId,
      before: { twoFactor: user.twoFactor.enabledAt ? "on" : "setting up" },
      after: { twoFactor: "off" },
    });
    await recordSecurityEvent(
      {
        kind: "twofactor.reset",
        userId,
        actorId,
        email: user.email,
        detail: { endedSessions: ended.count },
      },
      tx,
    );
    return { id: userId, endedSessions: ended.count };
  });
}
