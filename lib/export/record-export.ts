// Exports leave the building: who exported what is kept in the audit log.
import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import type { ExportQuery } from "./export.schema";

export async function recordExport(
  actorId: string | null,
  query: ExportQuery,
  rowCount: number,
): Promise<void> {
  await prisma.$transaction((tx) =>
    writeAudit(tx, {
      actorId,
      action: "report.export",
      entityType: "report",
      entityId: query.format,
      after: { ...query, rowCount },
    }),
  );
}
