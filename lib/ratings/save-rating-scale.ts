import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import type { z } from "zod";
import type { ratingRowSchema } from "./rating.schema";

export const RATING_SCALE_SAVED_ACTION = "settings.ratings";

export interface SaveRatingScaleOptions {
  user: CurrentUser;
  ratings: z.output<typeof ratingRowSchema>[];
}

/**
 * Replaces the scale's labels, values and order. Ratings are never deleted — verdicts point at
 * them — so a rating missing from the list is deactivated instead.
 */
export async function saveRatingScale({ user, ratings }: SaveRatingScaleOptions) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.rating.findMany({ orderBy: { position: "asc" } });
    const known = new Set(before.map((r) => r.id));
    const kept = new Set<string>();
    // Free every label first so that swapping two labels does not trip the unique index.
    for (const r of before)
      await tx.rating.update({ where: { id: r.id }, data: { label: `__${r.id}` } });
    for (const [i, row] of ratings.entries()) {
      const data = {
        label: row.label,
        value: row.value,
        description: row.description || null,
        active: row.active,
        position: i + 1,
      };
      if (row.id) {
        if (!known.has(row.id))
          throw invalid("A rating in the list no longer exists; reload the page.");
        kept.add(row.id);
        await tx.rating.update({ where: { id: row.id }, data });
      } else {
        kept.add((await tx.rating.create({ data })).id);
      }
    }
    for (const r of before.filter((b) => !kept.has(b.id))) {
      await tx.rating.update({
        where: { id: r.id },
        data: { label: r.label, active: false, position: 1000 + r.position },
      });
    }
    const afterRows = await tx.rating.findMany({ orderBy: { position: "asc" } });
    const labels = new Set<string>();
    for (const r of afterRows) {
      if (labels.has(r.label.toLowerCase()))
        throw invalid(`The label "${r.label}" is used twice (perhaps by a removed rating).`);
      labels.add(r.label.toLowerCase());
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: RATING_SCALE_SAVED_ACTION,
      entityType: "settings",
      entityId: "ratings",
      before,
      after: afterRows,
    });
    return afterRows;
  });
}
