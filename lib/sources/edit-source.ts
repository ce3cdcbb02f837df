import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import { changedByMessage } from "../claims/claim-conflict";
import { loadEditableSource, toDate } from "./load-source";
import type { SourceFields } from "./source.schema";
import { notifyHolderOfEdit } from "../notifications/notify-claim-people";

export interface EditSourceOptions extends SourceFields {
  user: CurrentUser;
  sourceId: string;
  version: number;
}

export async function editSource({ user, sourceId, version, ...fields }: EditSourceOptions) {
  return prisma.$transaction(async (tx) => {
    const before = await loadEditableSource(tx, user, sourceId);
    const { count } = await tx.source.updateMany({
      where: { id: sourceId, version },
      data: {
        ...fields,
        publisher: fields.publisher ?? null,
        excerpt: fields.excerpt ?? null,
        notes: fields.notes ?? null,
        publishedAt: toDate(fields.publishedAt),
        accessedAt: toDate(fields.accessedAt)!,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await changedByMessage(tx, "source", sourceId, before.updatedAt);
    const after = await tx.source.findUniqueOrThrow({ where: { id: sourceId } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "source.edit",
      entityType: "source",
      entityId: sourceId,
      before,
      after,
    });
    await notifyHolderOfEdit(tx, {
      user,
      claimId: after.claimId,
      what: `edited the source ${after.title}`,
    });
    return after;
  });
}
