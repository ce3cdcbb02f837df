import type { Tx } from "../db";
import { conflict, invalid } from "../auth/errors";
import { formatTime } from "../claims/claim-conflict";

/** The verdict under review; the reviewer must be looking at the revision that is current. */
export async function loadReviewTarget(tx: Tx, claimId: string, revision: number) {
  const verdict = await tx.verdict.findUnique({ where: { claimId } });
  if (!verdict || verdict.revision === 0) throw invalid("There is no submitted verdict to review.");
  if (verdict.revision !== revision) {
    throw conflict(
      `The verdict was resubmitted at ${formatTime(verdict.updatedAt)} (revision ${verdict.revision}); reload to review it.`,
    );
  }
  return verdict;
}
