// The webhook worker: graphile-worker (LISTEN for new jobs, SKIP LOCKED to take them) running
// deliver-webhook.ts inside `npm start`'s process. Its worker id is stable per instance, so a
// restart after a crash first unlocks the jobs the dead process held (they deliver again, with
// the same webhook-id) instead of waiting out graphile-worker's 4-hour lock expiry.
import "server-only";
import { hostname } from "node:os";
import { makeWorkerUtils, run, type RunnerOptions, type Task } from "graphile-worker";
import { jobQueueLogger } from "../db/job-queue";
import { deliverWebhook } from "./deliver-webhook";
import { DELIVER_WEBHOOK_TASK } from "./webhook-queue";

const deliverTask: Task = async (payload, helpers) => {
  const { deliveryId } = payload as { deliveryId: string };
  await deliverWebhook({
    deliveryId,
    attempt: helpers.job.attempts,
    maxAttempts: helpers.job.max_attempts,
  });
};

export interface WebhookWorker {
  stop(): Promise<void>;
}

/** WEBHOOK_WORKER_ID, else one per host and port (two instances on one host need two ports). */
export function webhookWorkerId(port: number | string): string {
  return process.env.WEBHOOK_WORKER_ID ?? `claimdesk-${hostname()}-${port}`;
}

export async function startWebhookWorker(options: {
  connectionString: string;
  workerId: string;
  /** How often to look for retries that came due (new jobs arrive by LISTEN). */
  pollInterval?: number;
}): Promise<WebhookWorker> {
  const { connectionString, workerId } = options;
  const utils = await makeWorkerUtils({ connectionString, logger: jobQueueLogger });
  try {
    await utils.forceUnlockWorkers([workerId]);
  } finally {
    await utils.release();
  }
  // graphile-worker 0.18 reads workerId from the runner options but leaves it out of their type.
  const runnerOptions: RunnerOptions & { workerId: string } = {
    connectionString,
    concurrency: 1, // a fixed workerId requires one worker
    workerId,
    noHandleSignals: true,
    pollInterval: options.pollInterval ?? 1000,
    logger: jobQueueLogger,
    taskList: { [DELIVER_WEBHOOK_TASK]: deliverTask },
  };
  const runner = await run(runnerOptions);
  return {
    async stop() {
      await runner.stop();
    },
  };
}
