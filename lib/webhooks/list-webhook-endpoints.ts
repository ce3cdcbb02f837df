// The admin page's read: endpoints with their latest deliveries (the delivery log).
import "server-only";
import { prisma } from "../db";

const LOG_SIZE = 20;

export async function listWebhookEndpoints() {
  const endpoints = await prisma.webhookEndpoint.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      events: true,
      enabled: true,
      createdAt: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: LOG_SIZE,
        include: { event: { select: { id: true, type: true, createdAt: true } } },
      },
    },
  });
  return endpoints;
}

export type WebhookEndpointView = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];

/** One endpoint's delivery log, newest first. */
export async function listWebhookDeliveries(endpointId: string) {
  return prisma.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: { createdAt: "desc" },
    include: { event: true },
  });
}
