// Webhook fixtures: an endpoint, and an event with one delivery to it (no job).
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db";

export async function createTestWebhookEndpoint(url = "https://203.0.113.10/claimdesk") {
  return prisma.webhookEndpoint.create({
    data: {
      url,
      events: ["check.withdrawn"],
      secret: `whsec_${randomBytes(32).toString("base64")}`,
    },
  });
}

export async function createTestWebhookDelivery() {
  const endpoint = await createTestWebhookEndpoint();
  const event = await prisma.webhookEvent.create({
    data: { type: "check.withdrawn", data: { claim: { id: "test" } } },
  });
  return prisma.webhookDelivery.create({ data: { endpointId: endpoint.id, eventId: event.id } });
}
