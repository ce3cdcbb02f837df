import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { claimScope } from "../claims/claim-scope";

/**
 * The corrections of a claim's published check, oldest first (none while it was never
 * published); null when the user may not see the claim.
 */
export async function listClaimCorrections({
  user,
  claimId,
}: {
  user: CurrentUser;
  claimId: string;
}) {
  const claim = await prisma.claim.findFirst({
    where: { id: claimId, ...claimScope(user) },
    select: {
      publication: {
        select: {
          corrections: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              note: true,
              createdAt: true,
              verdictRevision: { select: { revision: true } },
              createdBy: { select: { id: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!claim) return null;
  return (claim.publication?.corrections ?? []).map((c) => ({
    id: c.id,
    note: c.note,
    revision: c.verdictRevision.revision,
    createdAt: c.createdAt,
    createdBy: c.createdBy,
  }));
}
