import "server-only";
import { prisma } from "../db";

/** How many desk decisions were recorded after `since` (e.g. the ranker's last training). */
export async function countDecisionsSince({ since }: { since: Date }): Promise<number> {
  return prisma.claimDecision.count({ where: { createdAt: { gt: since } } });
}
