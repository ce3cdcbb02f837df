import "server-only";
import { randomUUID } from "node:crypto";
import { transaction } from "../db";
import { writeAudit } from "../audit/write-audit";
import { invalid, notFound } from "../auth/errors";
import type { createApiTokenSchema } from "./api-token.schema";
import type { z } from "zod";
import { scopesForRole } from "./token-scopes";
import { formatToken, hashSecret, newSecret } from "./token-secret";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates a token for `userId` (the desk for oneself or by an admin, and the CLI all come here);
 * its scopes must be ones the user's role allows. The returned `token` is the only time its
 * secret exists in clear.
 */
export async function createApiToken({
  actorId,
  userId,
  name,
  scopes,
  expiresInDays,
}: z.output<typeof createApiTokenSchema> & { actorId: string | null }) {
  const id = randomUUID();
  const secret = newSecret();
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * DAY_MS) : null;
  const row = await transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, active: true } });
    if (!user) throw notFound("That user");
    const allowed = scopesForRole(user.role);
    const beyond = scopes.filter((scope) => !allowed.includes(scope));
    if (beyond.length > 0) {
      const message = `A ${user.role.toLowerCase()}'s token may have only these scopes: ${allowed.join(", ")} (not ${beyond.join(", ")}).`;
      throw invalid(message, { scopes: [message] });
    }
    const created = await tx.apiToken.create({
      data: { id, userId, name, scopes, expiresAt, secretHash: hashSecret(secret) },
      select: { id: true, name: true, scopes: true, expiresAt: true, createdAt: true },
    });
    await writeAudit(tx, {
      actorId,
      action: "token.create",
      entityType: "api_token",
      entityId: id,
      after: { userId, name, scopes, expiresAt },
    });
    return created;
  });
  return { ...row, token: formatToken(id, secret) };
}
