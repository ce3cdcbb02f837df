// Removes an endpoint with its delivery log; queued jobs for it then find nothing to deliver.
import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { notFound } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";

export async function deleteWebhookEndpoint(options: { user: CurrentUser; endpointId: string }) {
  const { user, endpointId } = options;
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId } });
    if (!endpoint) throw notFound("This webhook endpoint");
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "webhook.delete",
      entityType: "webhook_endpoint",
      entityId: endpointId,
      before: { url: endpoint.url, events: endpoint.events },
    });
    return { id: endpointId };
  });
}
