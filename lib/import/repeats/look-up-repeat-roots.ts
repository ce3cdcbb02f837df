import "server-only";
import { sql } from "../../db";
import { findRepeatRoots } from "./find-repeats";

/**
 * findRepeatRoots for writers that save on Prisma's transaction: read just before the write, so
 * a claim saved in between is not linked (rare, and only a missed "also said in" link).
 */
export async function lookUpRepeatRoots(
  speakerId: string | null,
  texts: string[],
): Promise<(string | null)[]> {
  if (!speakerId || texts.length === 0) return texts.map(() => null);
  return sql.begin((tx) => findRepeatRoots(tx, speakerId, texts));
}
