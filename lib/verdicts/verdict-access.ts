import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { ActionError, invalid } from "../auth/errors";
import { can } from "../auth/permissions";
import type { Claim } from "../generated/prisma/client";

/** Only the claim's editor (or someone who may assign claims) writes its verdict. */
export function assertWorksOnClaim(user: CurrentUser, claim: Pick<Claim, "assigneeId">): void {
  if (claim.assigneeId !== user.id && !can(user.role, "claim:assign")) {
    throw new ActionError("FORBIDDEN", "This claim is assigned to someone else; take it or ask a reviewer to assign it to you.");
  }
}

export function assertInResearch(claim: Pick<Claim, "status">): void {
  if (claim.status !== "IN_RESEARCH") {
    throw invalid("The verdict can be edited only while the claim is in research.");
  }
}

/** Everyone who wrote any part of the verdict: its creator, submitters and draft editors. */
export async function verdictWriters(tx: Tx, verdictId: string): Promise<Set<string>> {
  const verdict = await tx.verdict.findUniqueOrThrow({
    where: { id: verdictId },
    select: { authorId: true, revisions: { select: { authorId: true } } },
  });
  const drafts = await tx.auditLog.findMany({
    where: { entityType: "verdict", entityId: verdictId, action: "verdict.saveDraft", actorId: { not: null } },
    select: { actorId: true },
    distinct: ["actorId"],
  });
  return new Set([verdict.authorId, ...verdict.revisions.map((r) => r.authorId), ...drafts.map((d) => d.actorId!)]);
}
