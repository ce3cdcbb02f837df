import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import { changedByMessage } from "../claims/claim-conflict";
import { loadEditableSource } from "./load-source";
import { notifyHolderOfEdit } from "../notifications/notify-claim-people";

export interface RemoveSourceOptions {
  user: CurrentUser;
  sourceId: string;
  version: number;
}

export async function removeSource({ user, sourceId, version }: RemoveSourceOptions) {
  return prisma.$transaction(async (tx) => {
    const before = await loadEditableSource(tx, user, sourceId);
    const { count } = await tx.source.deleteMany({ where: { id: sourceId, version } });
    if (count === 0) throw await changedByMessage(tx, "source", sourceId, before.updatedAt);
    await writeAudit(tx, {
      actorId: user.id,
      action: "source.remove",
      entityType: "source",
      entityId: sourceId,
      before,
    });
    await notifyHolderOfEdit(tx, {
      user,
      claimId: before.claimId,
      what: `removed the source ${before.title}`,
    });
    return { id: sourceId, claimId: before.claimId };
  });
}
