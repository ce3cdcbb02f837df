// Sends an event to an endpoint again: a new delivery (and job) with the event's same
// webhook-id, so a receiver that already processed it can tell.
import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { notFound } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { enqueueDelivery } from "./enqueue-delivery";

export async function redeliverWebhook(options: { user: CurrentUser; deliveryId: string }) {
  const { user, deliveryId } = options;
  return transaction(async (tx) => {
    const previous = await tx.webhookDelivery.findUnique({ where: { id: deliveryId } });
    if (!previous) throw notFound("This delivery");
    const delivery = await tx.webhookDelivery.create({
      data: { endpointId: previous.endpointId, eventId: previous.eventId },
    });
    await enqueueDelivery(tx, delivery.id);
    await writeAudit(tx, {
      actorId: user.id,
      action: "webhook.redeliver",
      entityType: "webhook_endpoint",
      entityId: previous.endpointId,
      after: { eventId: previous.eventId, deliveryId: delivery.id, of: previous.id },
    });
    return { deliveryId: delivery.id, eventId: delivery.eventId };
  });
}
