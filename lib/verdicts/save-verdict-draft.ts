import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { changedByMessage } from "../claims/claim-conflict";
import { loadClaimForUpdate } from "../claims/load-claim";
import { assertClaimWork } from "../claims/claim-capabilities";
import { notifyHolderOfEdit } from "../notifications/notify-claim-people";

export interface SaveVerdictDraftOptions {
  user: CurrentUser;
  claimId: string;
  verdictVersion: number | null;
  ratingId: string;
  conclusion: string;
  analysis: string;
}

export async function saveVerdictDraft(options: SaveVerdictDraftOptions) {
  const { user, claimId, verdictVersion, conclusion, analysis } = options;
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, user, claimId);
    assertClaimWork(user, claim, "editVerdict");
    const ratingId = options.ratingId || null;
    if (ratingId && !(await tx.rating.findFirst({ where: { id: ratingId, active: true } }))) {
      throw invalid("Choose a rating from the scale.", {
        ratingId: ["Choose a rating from the scale"],
      });
    }
    const existing = await tx.verdict.findUnique({ where: { claimId } });
    let verdict: NonNullable<typeof existing>;
    if (!existing) {
      // A second editor creating the first draft concurrently hits the unique claimId: a conflict.
      if (verdictVersion !== null)
        throw await changedByMessage(tx, "claim", claimId, claim.updatedAt);
      verdict = await tx.verdict.create({
        data: { claimId, ratingId, conclusion, analysis, authorId: user.id },
      });
    } else {
      if (verdictVersion === null)
        throw await changedByMessage(tx, "verdict", existing.id, existing.updatedAt);
      const { count } = await tx.verdict.updateMany({
        where: { id: existing.id, version: verdictVersion },
        data: { ratingId, conclusion, analysis, version: { increment: 1 } },
      });
      if (count === 0) throw await changedByMessage(tx, "verdict", existing.id, existing.updatedAt);
      verdict = await tx.verdict.findUniqueOrThrow({ where: { id: existing.id } });
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "verdict.saveDraft",
      entityType: "verdict",
      entityId: verdict.id,
      before: existing
        ? {
            ratingId: existing.ratingId,
            conclusion: existing.conclusion,
            version: existing.version,
          }
        : undefined,
      after: {
        claimId,
        ratingId,
        conclusion,
        analysisLength: analysis.length,
        version: verdict.version,
      },
    });
    await notifyHolderOfEdit(tx, { user, claimId, what: "edited the verdict draft" });
    return verdict;
  });
}
