// The webhook outbox: events are written on the transaction of the change they describe, with
// one delivery row and one graphile-worker job per subscribed endpoint, so they commit (or roll
// back) together with the change. The worker (webhook-worker.ts) delivers after the commit.
import "server-only";
import type postgres from "postgres";
import type { Tx } from "../db";
import { DELIVER_WEBHOOK_TASK, JOB_MAX_ATTEMPTS } from "./webhook-queue";
import type { WebhookEventInput } from "./webhook-events";

const WRITE_EVENTS = `
  with input as (
    select gen_random_uuid() as id, x.type, x.data
      from jsonb_to_recordset($1::text::jsonb) as x(type text, data jsonb)
  ), event as (
    insert into webhook_events (id, type, data) select id, type, data from input returning id, type
  ), delivery as (
    insert into webhook_deliveries (id, "endpointId", "eventId")
    select gen_random_uuid(), e.id, event.id
      from event join webhook_endpoints e on e.enabled and event.type = any(e.events)
    returning id
  )
  select count(graphile_worker.add_job(
           '${DELIVER_WEBHOOK_TASK}', json_build_object('deliveryId', delivery.id, 'attempt', 1),
           max_attempts := ${JOB_MAX_ATTEMPTS}))::int as jobs
    from delivery`;

/** A Prisma transaction or a postgres.js one (the article import writes with postgres.js). */
export type OutboxTx = Tx | postgres.TransactionSql;

export async function writeWebhookEvents(
  tx: OutboxTx,
  events: readonly WebhookEventInput[],
): Promise<void> {
  if (events.length === 0) return;
  const json = JSON.stringify(events); // sent as text: postgres.js would encode a jsonb parameter again
  if ("$queryRawUnsafe" in tx) await tx.$queryRawUnsafe(WRITE_EVENTS, json);
  else await tx.unsafe(WRITE_EVENTS, [json]);
}
