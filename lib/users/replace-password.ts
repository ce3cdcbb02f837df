// A new password hash for a user, inside the caller's transaction: their sessions end (all, or
// all but the one making the change), with the audit row and the security event.
import type { Tx } from "../db";
import { writeAudit } from "../audit/write-audit";
import { recordSecurityEvent } from "../security/record-security-event";

export async function replacePassword(
  tx: Tx,
  options: {
    user: { id: string; email: string };
    passwordHash: string;
    actorId: string | null;
    by: "self" | "reset";
    /** The session that made the change stays signed in. */
    keepSessionId?: string;
  },
): Promise<{ endedSessions: number }> {
  const { user, actorId } = options;
  await tx.user.update({ where: { id: user.id }, data: { passwordHash: options.passwordHash } });
  const ended = await tx.userSession.deleteMany({
    where: {
      userId: user.id,
      ...(options.keepSessionId ? { id: { not: options.keepSessionId } } : {}),
    },
  });
  await writeAudit(tx, { actorId, action: "user.password", entityType: "user", entityId: user.id });
  await recordSecurityEvent(
    {
      kind: "user.password",
      userId: user.id,
      actorId,
      email: user.email,
      detail: options.by === "self" ? { by: "self", endedSessions: ended.count } : { by: "reset" },
    },
    tx,
  );
  return { endedSessions: ended.count };
}
