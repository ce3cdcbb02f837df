// The job-queue names and limits the outbox and the worker share.

export const DELIVER_WEBHOOK_TASK = "deliver_webhook";

/**
 * Attempts per delivery. graphile-worker waits exp(min(attempts, 10)) seconds between them
 * (2.7 s, 7.4 s, 20 s … up to about 6 hours), so 12 attempts span about a day.
 */
export const WEBHOOK_MAX_ATTEMPTS = 12;

/** How long one delivery may take before it counts as failed. */
export const WEBHOOK_TIMEOUT_MS = Number(process.env.WEBHOOK_TIMEOUT_MS ?? 10_000);
