// The message an editor sees when someone else saved first: who, when, and that their text is kept.
import type { Tx } from "../db";
import { conflict, type ActionError } from "../auth/errors";

export function formatTime(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export async function changedByMessage(
  tx: Tx,
  what: "claim" | "verdict" | "source",
  entityId: string,
  fallbackAt: Date,
): Promise<ActionError> {
  const last = await tx.auditLog.findFirst({
    where: { entityType: what, entityId },
    orderBy: { id: "desc" },
    include: { actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? "Someone";
  const at = last?.createdAt ?? fallbackAt;
  return conflict(
    `${who} changed this ${what} at ${formatTime(at)} — your text is kept below, reload to merge.`,
  );
}
