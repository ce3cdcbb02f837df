import "server-only";
import { prisma } from "../db";

/** Tokens (never their secrets), newest first; one user's when `userId` is given. */
export async function listApiTokens({ userId }: { userId?: string } = {}) {
  return prisma.apiToken.findMany({
    where: userId ? { userId } : {},
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      scopes: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true } },
    },
  });
}

export type ListedApiToken = Awaited<ReturnType<typeof listApiTokens>>[number];
