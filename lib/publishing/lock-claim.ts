// Loads a claim for a publishing change with its row locked, so two reviewers publishing or
// correcting the same claim at once run one after the other.
// Scoped like every claim read (lib/claims/claim-scope.ts): a claim the user may not see is "not found".
import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { notFound } from "../auth/errors";
import { claimScope } from "../claims/claim-scope";

export async function lockClaimForPublishing(tx: Tx, user: CurrentUser, claimId: string) {
  await tx.$queryRaw`select 1 from claims where id = ${claimId}::uuid for update`;
  const claim = await tx.claim.findFirst({
    where: { id: claimId, ...claimScope(user) },
    include: { verdict: true, publication: true },
  });
  if (!claim) throw notFound("Claim");
  return claim;
}
