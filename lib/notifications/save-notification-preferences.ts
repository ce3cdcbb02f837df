import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import { getNotificationPreferences } from "./notification-preferences";
import type { NotificationPreferences } from "./notification-preferences.schema";
import { assertSlackTarget } from "./slack-target";

/** Stores the user's own choices (per kind: inbox, email, Slack) and Slack URL, audited. */
export async function saveNotificationPreferences(options: {
  user: CurrentUser;
  preferences: NotificationPreferences;
}): Promise<NotificationPreferences> {
  const { user, preferences } = options;
  await assertSlackTarget(preferences.slackUrl, "slackUrl");
  const row = { channels: preferences.channels, slackUrl: preferences.slackUrl || null };
  await prisma.$transaction(async (tx) => {
    const before = await getNotificationPreferences(user.id, tx);
    await tx.notificationSettings.upsert({
      where: { userId: user.id },
      create: { userId: user.id, ...row },
      update: { ...row, updatedAt: new Date() },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "notifications.preferences",
      entityType: "user",
      entityId: user.id,
      before,
      after: preferences,
    });
  });
  return preferences;
}
