// Loads a claim for a publishing change with its row locked, so two reviewers publishing or
// correcting the same claim at once run one after the other.
import type { Tx } from "../db";
import { notFound } from "../auth/errors";

export async function lockClaimForPublishing(tx: Tx, claimId: string) {
  await tx.$queryRaw`select 1 from claims where id = ${claimId}::uuid for update`;
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    include: { verdict: true, publication: true },
  });
  if (!claim) throw notFound("Claim");
  return claim;
}
