import "server-only";
import type { Tx } from "../db";
import { prisma } from "../db";

export interface RatingScale {
  best: number;
  worst: number;
}

/** The ends of the numeric rating scale, for ClaimReview's bestRating/worstRating. */
export async function getRatingScale(db: Tx = prisma): Promise<RatingScale> {
  const { _max, _min } = await db.rating.aggregate({
    where: { value: { not: null } },
    _max: { value: true },
    _min: { value: true },
  });
  return { best: _max.value ?? 5, worst: Math.max(1, _min.value ?? 1) };
}
