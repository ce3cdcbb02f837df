import "server-only";
import { prisma } from "../db";

/** Speakers with at least one claim, for the Reports filter. */
export async function listExportSpeakers(): Promise<string[]> {
  const rows = await prisma.speaker.findMany({
    where: { claims: { some: {} } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => r.name);
}
