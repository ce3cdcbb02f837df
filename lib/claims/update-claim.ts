// A claim edit that is not a workflow move (wording, assignee, speaker): written only if the
// claim is still at the version the caller saw (else a conflict naming who changed it), with its
// audit row, on the caller's transaction; announced once it commits.
import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import type { Prisma } from "../generated/prisma/client";
import { changedByMessage } from "./claim-conflict";
import { announceClaimChangeAfterCommit } from "./claim-change-feed";

export interface UpdateClaimOptions {
  user: CurrentUser;
  /** The claim as the caller saw it. */
  seen: { id: string; version: number; updatedAt: Date };
  data: Prisma.ClaimUncheckedUpdateManyInput;
  audit: { action: string; before: Record<string, unknown>; after: Record<string, unknown> };
}

export async function updateClaimAtVersion(
  tx: Tx,
  { user, seen, data, audit }: UpdateClaimOptions,
) {
  const { count } = await tx.claim.updateMany({
    where: { id: seen.id, version: seen.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw await changedByMessage(tx, "claim", seen.id, seen.updatedAt);
  await writeAudit(tx, { actorId: user.id, entityType: "claim", entityId: seen.id, ...audit });
  const after = await tx.claim.findUniqueOrThrow({ where: { id: seen.id } });
  announceClaimChangeAfterCommit(tx, after);
  return after;
}
