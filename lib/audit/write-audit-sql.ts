import type postgres from "postgres";
import type { AuditEntry } from "./write-audit";

type SqlTx = postgres.TransactionSql | postgres.Sql;

/** writeAudit for code that runs on postgres.js (SKIP LOCKED, COPY); same table, same transaction rule. */
export async function writeAuditSql(tx: SqlTx, entry: AuditEntry): Promise<void> {
  const json = (v: unknown) => (v === undefined ? null : tx.json(JSON.parse(JSON.stringify(v)) as postgres.JSONValue));
  await tx`
    insert into audit_log ("actorId", action, "entityType", "entityId", before, after)
    values (${entry.actorId}, ${entry.action}, ${entry.entityType}, ${entry.entityId},
            ${json(entry.before)}, ${json(entry.after)})`;
}
