// The job-queue task names notifications use (graphile-worker; the webhook worker's are its own).

export const EMAIL_TASK = "notification_email";
export const SLACK_TASK = "notification_slack";

/** graphile-worker's backoff is exp(min(attempts, 10)) s: 6 attempts span about 10 minutes. */
export const NOTIFICATION_MAX_ATTEMPTS = 6;

/** What one email or Slack job sends; `userId` null is the team's Slack channel. */
export interface NotificationJob {
  userId: string | null;
  text: string;
  claimId: string | null;
}

/** Email is sent only when the server has somewhere to send it from. */
export function emailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}
