// Sends email and Slack notifications off the request: a graphile-worker runner of its own (beside
// the webhook worker), so a slow SMTP server or Slack holds up neither an action nor a webhook.
import "server-only";
import { run, type Task } from "graphile-worker";
import pg from "pg";
import { jobQueueLogger } from "../db/job-queue";
import { EMAIL_TASK, SLACK_TASK, type NotificationJob } from "./notification-queue";
import { sendEmail, sendSlack, type SendContext } from "./send-notification";

export interface NotificationWorker {
  /** Finishes what is in flight, then stops (safe to call more than once). */
  stop(): Promise<void>;
}

const task = (
  send: (job: NotificationJob, context: SendContext) => Promise<void>,
  context: SendContext,
) => ((payload) => send(payload as NotificationJob, context)) satisfies Task;

export async function startNotificationWorker(options: {
  connectionString: string;
  siteUrl: string;
  /** How often to look for retries that came due (new jobs arrive by LISTEN). */
  pollInterval?: number;
}): Promise<NotificationWorker> {
  const context = { siteUrl: options.siteUrl };
  // Our own pool with error handlers: a database stopping at shutdown is logged, not a crash.
  const pgPool = new pg.Pool({ connectionString: options.connectionString, max: 3 });
  const logError = (err: Error) => console.error(`[notifications] database: ${err.message}`);
  pgPool.on("error", logError);
  pgPool.on("connect", (client) => client.on("error", logError));
  const runner = await run({
    pgPool,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: options.pollInterval ?? 1000,
    logger: jobQueueLogger,
    taskList: { [EMAIL_TASK]: task(sendEmail, context), [SLACK_TASK]: task(sendSlack, context) },
  });
  let stopped: Promise<void> | null = null;
  return { stop: () => (stopped ??= runner.stop().finally(() => pgPool.end())) };
}
