import type { Tx } from "../db";

export interface AuditEntry {
  actorId: string | null;
  action: string; // e.g. "claim.take", "verdict.submit"
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

// JSON-safe copy: Dates become ISO strings, BigInts strings, undefined fields vanish.
function toJson(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/** Writes one audit row; call it inside the transaction that makes the change. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before) ?? undefined,
      after: toJson(entry.after) ?? undefined,
    },
  });
}
