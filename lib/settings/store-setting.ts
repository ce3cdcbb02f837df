import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";

/** Writes one settings row and its audit row on the caller's transaction. */
export async function storeSetting(
  tx: Tx,
  options: {
    user: CurrentUser;
    key: string;
    /** The audit action, e.g. "settings.save". */
    action: string;
    before: unknown;
    value: Prisma.InputJsonValue;
  },
): Promise<void> {
  const { user, key, action, before, value } = options;
  await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  await writeAudit(tx, {
    actorId: user.id,
    action,
    entityType: "settings",
    entityId: key,
    before,
    after: value,
  });
}
