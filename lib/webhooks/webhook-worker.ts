// The webhook worker: graphile-worker (LISTEN for new jobs, SKIP LOCKED to take them) running
// deliver-webhook.ts inside `npm start`'s process. graphile-worker locks jobs under a random pool
// id; each instance (a stable id) records its pool's id in webhook_workers before delivering
// anything, so a restart after a crash first unlocks the jobs the dead pool still held (they
// deliver again, with the same webhook-id) instead of waiting out the 4-hour lock expiry.
import "server-only";
import { hostname } from "node:os";
import { EventEmitter } from "node:events";
import { makeWorkerUtils, run, type Task, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import { prisma } from "../db";
import { jobQueueLogger } from "../db/job-queue";
import { deliverWebhook } from "./deliver-webhook";
import {
  DELIVER_WEBHOOK_TASK,
  type DeliverWebhookPayload,
  type WebhookRetryPolicy,
  webhookRetryPolicy,
} from "./webhook-queue";

const deliverTask =
  (poolRecorded: Promise<void>, policy: WebhookRetryPolicy): Task =>
  async (payload) => {
    await poolRecorded; // a job taken before its pool is on record could stay locked after a crash
    const { deliveryId, attempt = 1 } = payload as DeliverWebhookPayload;
    await deliverWebhook({ deliveryId, attempt, policy });
  };

export interface WebhookWorker {
  /** Finishes the delivery in flight, then stops (safe to call more than once). */
  stop(): Promise<void>;
}

/** WEBHOOK_WORKER_ID, else one per host and port (two instances on one host need two ports). */
export function webhookWorkerId(port: number | string): string {
  return process.env.WEBHOOK_WORKER_ID ?? `claimdesk-${hostname()}-${port}`;
}

export async function startWebhookWorker(options: {
  connectionString: string;
  /** This instance's stable id (webhookWorkerId). */
  workerId: string;
  /** How often to look for retries that came due (new jobs arrive by LISTEN). */
  pollInterval?: number;
  /** Attempts and backoff; WEBHOOK_MAX_ATTEMPTS and WEBHOOK_RETRY_BASE_MS when omitted. */
  retry?: WebhookRetryPolicy;
}): Promise<WebhookWorker> {
  const { connectionString, workerId } = options;
  const previous = await prisma.webhookWorker.findUnique({ where: { id: workerId } });
  if (previous) {
    const utils = await makeWorkerUtils({ connectionString, logger: jobQueueLogger });
    try {
      await utils.forceUnlockWorkers([previous.poolId]);
    } finally {
      await utils.release();
    }
  }
  const events = new EventEmitter() as WorkerEvents;
  const poolRecorded = new Promise<void>((resolve, reject) => {
    events.once("pool:create", ({ workerPool }) => {
      prisma.webhookWorker
        .upsert({
          where: { id: workerId },
          create: { id: workerId, poolId: workerPool.id },
          update: { poolId: workerPool.id, startedAt: new Date() },
        })
        .then(() => resolve(), reject);
    });
  });
  // Our own pool, so an error on an idle connection (the database going down at shutdown) is
  // logged instead of crashing the process, even after graphile-worker has let go of the pool.
  const pgPool = new pg.Pool({ connectionString, max: 4 });
  const logError = (err: Error) => console.error(`[jobs] database connection: ${err.message}`);
  pgPool.on("error", logError);
  pgPool.on("connect", (client) => client.on("error", logError));
  const runner = await run({
    pgPool,
    concurrency: 1,
    noHandleSignals: true,
    events,
    pollInterval: options.pollInterval ?? 1000,
    logger: jobQueueLogger,
    taskList: {
      [DELIVER_WEBHOOK_TASK]: deliverTask(poolRecorded, options.retry ?? webhookRetryPolicy()),
    },
  });
  await poolRecorded;
  let stopped: Promise<void> | null = null;
  return {
    stop: () => (stopped ??= runner.stop().finally(() => pgPool.end())),
  };
}
