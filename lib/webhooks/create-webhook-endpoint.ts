// Registers a webhook endpoint; its signing secret is returned once, for the receiver.
import "server-only";
import { Webhook } from "standardwebhooks";
import { randomBytes } from "node:crypto";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { assertWebhookTarget, WebhookTargetError } from "./webhook-target";
import { getWebhookSettings } from "./webhook-settings";
import type { WebhookEventType } from "./webhook-events";

export interface CreateWebhookEndpointOptions {
  user: CurrentUser;
  url: string;
  events: WebhookEventType[];
}

export async function createWebhookEndpoint({ user, url, events }: CreateWebhookEndpointOptions) {
  const { allowPrivateTargets } = await getWebhookSettings();
  try {
    await assertWebhookTarget(url, allowPrivateTargets);
  } catch (err) {
    if (err instanceof WebhookTargetError) throw invalid(err.message, { url: [err.message] });
    throw err;
  }
  // Standard Webhooks secrets are "whsec_" + base64 of 24–64 random bytes.
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  new Webhook(secret); // rejects a malformed secret here rather than at the first delivery
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: { url, events: [...new Set(events)], secret, createdById: user.id },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "webhook.create",
      entityType: "webhook_endpoint",
      entityId: endpoint.id,
      after: { url, events: endpoint.events },
    });
    return { id: endpoint.id, url: endpoint.url, events: endpoint.events, secret };
  });
}
