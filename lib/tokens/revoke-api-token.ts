import "server-only";
import { transaction } from "../db";
import { writeAudit } from "../audit/write-audit";
import { notFound } from "../auth/errors";

/** Revokes a token at once (the next request with it is refused); revoking twice is a no-op. */
export async function revokeApiToken({
  actorId,
  tokenId,
  ownerId,
}: {
  actorId: string | null;
  tokenId: string;
  /** Only this user's token (a user revoking their own); any when omitted (an admin, the CLI). */
  ownerId?: string;
}) {
  return transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, ...(ownerId ? { userId: ownerId } : {}) },
    });
    if (!token) throw notFound("That token");
    if (token.revokedAt) return token;
    const revoked = await tx.apiToken.update({
      where: { id: tokenId },
      data: { revokedAt: new Date() },
    });
    await writeAudit(tx, {
      actorId,
      action: "token.revoke",
      entityType: "api_token",
      entityId: tokenId,
      before: { revokedAt: null },
      after: { revokedAt: revoked.revokedAt },
    });
    return revoked;
  });
}
