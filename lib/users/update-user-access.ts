import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { ActionError, notFound } from "../auth/errors";
import type { Role } from "../generated/prisma/enums";
import { recordSecurityEvent } from "../security/record-security-event";

interface Change {
  actorId: string | null; // null: the command line
  userId: string;
  role?: Role;
  active?: boolean;
}

/**
 * Changes a user's role or active flag. Deactivation deletes their sessions in the same
 * transaction, so they are signed out on their next request.
 */
export async function updateUserAccess({ actorId, userId, role, active }: Change) {
  if (actorId && userId === actorId && (active === false || (role && role !== "ADMIN"))) {
    throw new ActionError(
      "CONFLICT",
      "You cannot deactivate or demote yourself; ask another admin.",
    );
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw notFound("User");
    const user = await tx.user.update({ where: { id: userId }, data: { role, active } });
    if (active === false) await tx.userSession.deleteMany({ where: { userId } });
    await writeAudit(tx, {
      actorId,
      action: active === undefined ? "user.role" : active ? "user.activate" : "user.deactivate",
      entityType: "user",
      entityId: userId,
      before: { role: before.role, active: before.active },
      after: { role: user.role, active: user.active },
    });
    if (before.role !== user.role) {
      await recordSecurityEvent(
        {
          kind: "user.role",
          userId,
          actorId,
          email: user.email,
          detail: { from: before.role, to: user.role },
        },
        tx,
      );
    }
    return { id: user.id, role: user.role, active: user.active };
  });
}
