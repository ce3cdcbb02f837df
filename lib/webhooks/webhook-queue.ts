// The job-queue names and limits the outbox and the worker share.

export const DELIVER_WEBHOOK_TASK = "deliver_webhook";

/** A deliver_webhook job's payload: which delivery, and which attempt of it this job makes. */
export interface DeliverWebhookPayload {
  deliveryId: string;
  /** 1 for the first; absent in jobs queued before attempts were numbered (read as 1). */
  attempt?: number;
}

/**
 * How often a failed delivery is tried and how long the worker waits in between: attempt n
 * failing schedules attempt n+1 after baseDelayMs · e^min(n, 10) (with the default 1 s: 2.7 s,
 * 7.4 s, 20 s … capped at about 6 hours; 12 attempts span about a day).
 */
export interface WebhookRetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
}

const positiveInt = (value: string | undefined, fallback: number, min: number) => {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isInteger(n) && n >= min ? n : fallback;
};

/** WEBHOOK_MAX_ATTEMPTS (default 12) and WEBHOOK_RETRY_BASE_MS (default 1000). */
export function webhookRetryPolicy(
  env: Record<string, string | undefined> = process.env,
): WebhookRetryPolicy {
  return {
    maxAttempts: positiveInt(env.WEBHOOK_MAX_ATTEMPTS, 12, 1),
    baseDelayMs: positiveInt(env.WEBHOOK_RETRY_BASE_MS, 1000, 0),
  };
}

/** The wait before the attempt after `failedAttempt`. */
export function retryDelayMs(policy: WebhookRetryPolicy, failedAttempt: number): number {
  return Math.round(policy.baseDelayMs * Math.exp(Math.min(failedAttempt, 10)));
}

/**
 * graphile-worker's own max_attempts for one attempt's job: it retries the job (with its
 * backoff) only when the task itself throws, e.g. the database was unreachable while recording.
 */
export const JOB_MAX_ATTEMPTS = 10;

/** How long one delivery may take before it counts as failed. */
export const WEBHOOK_TIMEOUT_MS = Number(process.env.WEBHOOK_TIMEOUT_MS ?? 10_000);
