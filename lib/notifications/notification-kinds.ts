// The kinds of notification and the channels they go out on (client-safe: the Account form
// lists them too).
import type { NotificationKind } from "../generated/prisma/enums";

export const NOTIFICATION_KINDS = [
  "ASSIGNED",
  "CHANGES_REQUESTED",
  "VERDICT_APPROVED",
  "CHECK_PUBLISHED",
  "CLAIM_EDITED",
  "MENTIONED",
] as const satisfies readonly NotificationKind[];

export const KIND_LABELS: Record<NotificationKind, string> = {
  ASSIGNED: "A claim is assigned to you",
  CHANGES_REQUESTED: "Changes are requested on your verdict",
  VERDICT_APPROVED: "Your verdict is approved",
  CHECK_PUBLISHED: "Your check is published",
  CLAIM_EDITED: "Someone else edits a claim you hold",
  MENTIONED: "You are mentioned in a comment",
};

export const CHANNELS = ["inApp", "email", "slack"] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  inApp: "In the inbox",
  email: "Email",
  slack: "Slack",
};
