// Notifications are written on the transaction of the change that causes them: one inbox row per
// recipient who wants it in-app, and one graphile-worker job per email or Slack message (the job
// is a row, so it commits or rolls back with the change; notification-worker.ts sends it after).
import "server-only";
import type { Tx } from "../db";
import type { ClaimStatus, NotificationKind } from "../generated/prisma/enums";
import { canSeeStatus } from "../claims/claim-scope";
import { preferencesOf } from "./notification-preferences";
import {
  EMAIL_TASK,
  NOTIFICATION_MAX_ATTEMPTS,
  SLACK_TASK,
  emailConfigured,
  type NotificationJob,
} from "./notification-queue";
import { getTeamSlackSettings } from "./team-slack";

export interface NotificationInput {
  kind: NotificationKind;
  /** Who made the change; never notified of their own change. */
  actor: { id: string; name: string };
  claim: { id: string; canonicalText: string; status: ClaimStatus };
  /**
   * Candidates; duplicates, empty values, the actor, deactivated users and those who may not see
   * the claim (a viewer mentioned on an import candidate) are dropped.
   */
  recipients: Iterable<string | null | undefined>;
  /** Said after the claim: the reviewer's comment, what was edited, the comment's start. */
  detail?: string;
  commentId?: string;
}

const WHAT: Record<NotificationKind, (whom: string) => string> = {
  ASSIGNED: (whom) => `assigned ${whom} the claim`,
  CHANGES_REQUESTED: () => "requested changes to the verdict on",
  VERDICT_APPROVED: () => "approved the verdict on",
  CHECK_PUBLISHED: () => "published the check of",
  CLAIM_EDITED: () => "edited",
  MENTIONED: (whom) => `mentioned ${whom} on`,
};

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** "Rita Reviewer requested changes to the verdict on “Crime fell …”: Add the baseline." */
export function notificationText(input: NotificationInput, whom: string): string {
  const detail = input.detail ? `: ${clip(input.detail.replace(/\s+/g, " ").trim(), 200)}` : "";
  return `${input.actor.name} ${WHAT[input.kind](whom)} “${clip(input.claim.canonicalText, 120)}”${detail}`;
}

/** Writes the notifications of one change; returns who was notified (in any channel). */
export async function writeNotifications(tx: Tx, input: NotificationInput): Promise<string[]> {
  const candidates = [...new Set(input.recipients)].filter(
    (id): id is string => !!id && id !== input.actor.id,
  );
  if (candidates.length === 0) return [];
  const recipients = (
    await tx.user.findMany({
      where: { id: { in: candidates }, active: true },
      select: { id: true, name: true, role: true },
    })
  ).filter((user) => canSeeStatus(user, input.claim.status));
  if (recipients.length === 0) return [];
  const preferences = await preferencesOf(
    tx,
    recipients.map((r) => r.id),
  );
  const text = notificationText(input, "you");
  const jobs: [task: string, job: NotificationJob][] = [];
  const inbox: string[] = [];
  for (const { id } of recipients) {
    const { channels, slackUrl } = preferences.get(id)!;
    const wants = channels[input.kind];
    if (wants.inApp) inbox.push(id);
    const job = { userId: id, text, claimId: input.claim.id };
    if (wants.email && emailConfigured()) jobs.push([EMAIL_TASK, job]);
    if (wants.slack && slackUrl) jobs.push([SLACK_TASK, job]);
  }
  await tx.notification.createMany({
    data: inbox.map((userId) => ({
      userId,
      kind: input.kind,
      claimId: input.claim.id,
      actorId: input.actor.id,
      commentId: input.commentId ?? null,
      text,
    })),
  });
  if ((await getTeamSlackSettings(tx)).teamSlackUrl) {
    const whom = recipients.map((r) => r.name).join(", ");
    jobs.push([
      SLACK_TASK,
      { userId: null, text: notificationText(input, whom), claimId: input.claim.id },
    ]);
  }
  for (const [task, job] of jobs) {
    await tx.$executeRaw`select graphile_worker.add_job(${task}, ${JSON.stringify(job)}::json,
      max_attempts := ${NOTIFICATION_MAX_ATTEMPTS}::int)`;
  }
  return recipients.map((r) => r.id);
}
