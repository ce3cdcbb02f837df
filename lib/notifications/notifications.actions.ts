import { defineAction } from "../auth/authorized";
import { markNotificationsRead } from "./mark-notifications-read";
import { notificationPreferencesSchema } from "./notification-preferences.schema";
import { markReadSchema } from "./notifications.schema";
import { saveNotificationPreferences } from "./save-notification-preferences";
import { saveTeamSlackSettings } from "./team-slack";
import { teamSlackSettingsSchema } from "./team-slack.schema";

export const markNotificationsReadAction = defineAction({
  name: "notifications.markRead",
  permission: "account:notifications",
  schema: markReadSchema,
  handler: (user, data) => markNotificationsRead({ user, ...data }),
  // The unread count sits in the desk navigation of every page.
  revalidate: [["/", "layout"]],
});

export const saveNotificationPreferencesAction = defineAction({
  name: "notifications.preferences",
  permission: "account:notifications",
  schema: notificationPreferencesSchema,
  handler: (user, preferences) => saveNotificationPreferences({ user, preferences }),
  revalidate: ["/account"],
});

export const saveTeamSlackAction = defineAction({
  name: "notifications.teamSlack",
  permission: "settings:manage",
  schema: teamSlackSettingsSchema,
  handler: (user, settings) => saveTeamSlackSettings({ user, settings }),
  revalidate: ["/admin/settings"],
});
