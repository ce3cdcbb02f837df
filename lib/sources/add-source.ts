import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import { loadEditableClaim, toDate } from "./load-source";
import type { SourceFields } from "./source.schema";
import { notifyHolderOfEdit } from "../notifications/notify-claim-people";

export interface AddSourceOptions extends SourceFields {
  user: CurrentUser;
  claimId: string;
}

export async function addSource({ user, claimId, ...fields }: AddSourceOptions) {
  return prisma.$transaction(async (tx) => {
    await loadEditableClaim(tx, user, claimId);
    const position = await tx.source.count({ where: { claimId } });
    const source = await tx.source.create({
      data: {
        ...fields,
        claimId,
        publishedAt: toDate(fields.publishedAt),
        accessedAt: toDate(fields.accessedAt)!,
        position,
        createdById: user.id,
      },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "source.add",
      entityType: "source",
      entityId: source.id,
      after: source,
    });
    await notifyHolderOfEdit(tx, { user, claimId, what: `added the source ${source.title}` });
    return source;
  });
}
