// The Account page's notification choices, shared by the form and the server action.
import { z } from "zod";
import { NOTIFICATION_KINDS, type Channel } from "./notification-kinds";

const channelsSchema = z.object({ inApp: z.boolean(), email: z.boolean(), slack: z.boolean() });

export const notificationChannelsSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, channelsSchema])) as Record<
    (typeof NOTIFICATION_KINDS)[number],
    typeof channelsSchema
  >,
);
export type NotificationChannels = z.infer<typeof notificationChannelsSchema>;

/**
 * A Slack-compatible incoming webhook (an http(s) URL), or empty for none. The server then applies
 * the webhook target rule (lib/webhooks/webhook-target.ts: no credentials, no private addresses).
 */
export const slackUrlSchema = z
  .string()
  .trim()
  .max(2000, "Keep the Slack URL under 2,000 characters.")
  .refine((value) => value === "" || /^https?:$/.test(URL.parse(value)?.protocol ?? ""), {
    message:
      "Enter the full http(s) address Slack gave you, e.g. https://hooks.slack.com/services/…",
  });

export const notificationPreferencesSchema = z
  .object({ slackUrl: slackUrlSchema, channels: notificationChannelsSchema })
  .superRefine((value, ctx) => {
    const wantsSlack = NOTIFICATION_KINDS.some((k) => value.channels[k].slack);
    if (wantsSlack && !value.slackUrl) {
      ctx.addIssue({
        code: "custom",
        path: ["slackUrl"],
        message: "Add a Slack incoming webhook URL to get notifications in Slack.",
      });
    }
  });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** In the inbox for everything; email when the server can send it; Slack once asked for. */
export function defaultChannels(emailConfigured: boolean): NotificationChannels {
  const one = (): Record<Channel, boolean> => ({
    inApp: true,
    email: emailConfigured,
    slack: false,
  });
  return Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, one()])) as NotificationChannels;
}
