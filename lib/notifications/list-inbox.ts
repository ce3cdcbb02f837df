import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";

/** The user's latest notifications, newest first (their own only). */
export async function listInbox({ user, limit = 100 }: { user: CurrentUser; limit?: number }) {
  return prisma.notification.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, text: true, claimId: true, readAt: true, createdAt: true },
  });
}

/** The count the desk navigation shows. */
export async function countUnread(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}
