import type { Tx } from "../db";

/** Everyone who wrote any part of the verdict: its creator, submitters and draft editors. */
export async function verdictWriters(tx: Tx, verdictId: string): Promise<Set<string>> {
  const verdict = await tx.verdict.findUniqueOrThrow({
    where: { id: verdictId },
    select: { authorId: true, revisions: { select: { authorId: true } } },
  });
  const drafts = await tx.auditLog.findMany({
    where: {
      entityType: "verdict",
      entityId: verdictId,
      action: "verdict.saveDraft",
      actorId: { not: null },
    },
    select: { actorId: true },
    distinct: ["actorId"],
  });
  return new Set([
    verdict.authorId,
    ...verdict.revisions.map((r) => r.authorId),
    ...drafts.map((d) => d.actorId!),
  ]);
}
