import "server-only";
import type { Tx } from "../db";
import { DELIVER_WEBHOOK_TASK, WEBHOOK_MAX_ATTEMPTS } from "./webhook-queue";

/** Adds the job that delivers `deliveryId`, on the caller's transaction. */
export async function enqueueDelivery(tx: Tx, deliveryId: string): Promise<void> {
  await tx.$queryRaw`select 1 from graphile_worker.add_job(${DELIVER_WEBHOOK_TASK},
    json_build_object('deliveryId', ${deliveryId}::text), max_attempts := ${WEBHOOK_MAX_ATTEMPTS}::int)`;
}
