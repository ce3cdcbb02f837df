import "server-only";
import { prisma } from "../db";
import { ensureRatingScale } from "../seed/ensure-rating-scale";

/** The rating scale in display order; seeds the default scale when the table is empty. */
export async function listRatings({ activeOnly = false }: { activeOnly?: boolean } = {}) {
  await ensureRatingScale();
  return prisma.rating.findMany({
    where: activeOnly ? { active: true } : {},
    orderBy: [{ position: "asc" }, { label: "asc" }],
  });
}
