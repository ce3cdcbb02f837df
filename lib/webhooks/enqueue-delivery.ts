import "server-only";
import type { Tx } from "../db";
import { DELIVER_WEBHOOK_TASK, JOB_MAX_ATTEMPTS } from "./webhook-queue";

/** Adds the job that makes `attempt` of `deliveryId` after `delayMs`, on the caller's transaction. */
export async function enqueueDelivery(
  tx: Tx,
  deliveryId: string,
  { attempt = 1, delayMs = 0 }: { attempt?: number; delayMs?: number } = {},
): Promise<void> {
  await tx.$queryRaw`select 1 from graphile_worker.add_job(${DELIVER_WEBHOOK_TASK},
    json_build_object('deliveryId', ${deliveryId}::text, 'attempt', ${attempt}::int),
    run_at := now() + ${delayMs}::int * interval '1 millisecond',
    max_attempts := ${JOB_MAX_ATTEMPTS}::int)`;
}
