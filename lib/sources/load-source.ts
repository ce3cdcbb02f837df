import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { notFound } from "../auth/errors";
import { claimScope } from "../claims/claim-scope";
import { assertClaimWork } from "../claims/claim-capabilities";

/** Sources are research notes: only the claim's researcher changes them, only in research. */
export async function loadEditableClaim(tx: Tx, user: CurrentUser, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, ...claimScope(user) } });
  if (!claim) throw notFound("Claim");
  assertClaimWork(user, claim, "editSources");
  return claim;
}

export async function loadEditableSource(tx: Tx, user: CurrentUser, sourceId: string) {
  const source = await tx.source.findFirst({ where: { id: sourceId, claim: claimScope(user) } });
  if (!source) throw notFound("Source");
  await loadEditableClaim(tx, user, source.claimId);
  return source;
}

export function toDate(value: string | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}
