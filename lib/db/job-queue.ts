// The job queue's schema: graphile-worker keeps its jobs in its own schema, created and upgraded
// here by the owner role (start-up and test databases), so the app role only needs to use it.
import { Logger, runMigrations } from "graphile-worker";

export const JOB_QUEUE_SCHEMA = "graphile_worker";

/** graphile-worker's messages at warning and above; its per-job info lines stay out of the log. */
export const jobQueueLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[jobs] ${message}`);
});

export async function migrateJobQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: jobQueueLogger });
}
