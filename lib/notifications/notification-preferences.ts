// Each user's notification choices (one row, or the defaults) and the team's Slack webhook.
import "server-only";
import { prisma, type Tx } from "../db";
import {
  defaultChannels,
  notificationChannelsSchema,
  type NotificationPreferences,
} from "./notification-preferences.schema";
import { emailConfigured } from "./notification-queue";

type Db = Pick<Tx, "notificationSettings">;

function fromRow(row: { channels: unknown; slackUrl: string | null } | null) {
  const parsed = notificationChannelsSchema.safeParse(row?.channels);
  return {
    channels: parsed.success ? parsed.data : defaultChannels(emailConfigured()),
    slackUrl: row?.slackUrl ?? "",
  };
}

export async function getNotificationPreferences(
  userId: string,
  db: Db = prisma,
): Promise<NotificationPreferences> {
  return fromRow(await db.notificationSettings.findUnique({ where: { userId } }));
}

/** The preferences of several users at once, by user id (defaults for those without a row). */
export async function preferencesOf(
  db: Db,
  userIds: readonly string[],
): Promise<Map<string, NotificationPreferences>> {
  const rows = await db.notificationSettings.findMany({ where: { userId: { in: [...userIds] } } });
  const byUser = new Map(rows.map((r) => [r.userId, r]));
  return new Map(userIds.map((id) => [id, fromRow(byUser.get(id) ?? null)]));
}
