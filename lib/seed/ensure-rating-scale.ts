import "server-only";
import { prisma } from "../db";
import { DEFAULT_RATINGS } from "../settings/default-ratings";

/** Creates the default rating scale when none exists; an edited scale is left alone. */
export async function ensureRatingScale(): Promise<number> {
  if ((await prisma.rating.count()) > 0) return 0;
  const { count } = await prisma.rating.createMany({
    data: [...DEFAULT_RATINGS],
    skipDuplicates: true,
  });
  return count;
}
