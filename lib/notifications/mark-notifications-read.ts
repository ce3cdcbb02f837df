import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { notFound } from "../auth/errors";

/** Marks one of the user's notifications read, or all of them; another's id is "not found". */
export async function markNotificationsRead(options: {
  user: CurrentUser;
  notificationId?: string;
}): Promise<{ marked: number }> {
  const { user, notificationId } = options;
  if (notificationId) {
    const mine = await prisma.notification.findFirst({
      where: { id: notificationId, userId: user.id },
      select: { id: true },
    });
    if (!mine) throw notFound("Notification");
  }
  const { count } = await prisma.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(notificationId ? { id: notificationId } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
