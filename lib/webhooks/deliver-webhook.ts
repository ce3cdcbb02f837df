// Delivers one webhook (a graphile-worker job): signs the event per Standard Webhooks, POSTs it,
// and records the attempt in the delivery log. A failed attempt throws, so graphile-worker retries
// it with exponential backoff; the webhook-id is the event's id on every attempt.
import "server-only";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { Webhook } from "standardwebhooks";
import { prisma } from "../db";
import {
  WebhookTargetError,
  checkedLookup,
  isPrivateAddress,
  parseWebhookUrl,
} from "./webhook-target";
import { getWebhookSettings } from "./webhook-settings";
import { WEBHOOK_TIMEOUT_MS } from "./webhook-queue";

export interface DeliveryAttempt {
  deliveryId: string;
  /** This attempt's number (1-based) and the last one the queue will make. */
  attempt: number;
  maxAttempts: number;
}

type Outcome =
  | { ok: true; status: number }
  /** `refused`: the target is not allowed; retrying cannot help, so the delivery fails now. */
  | { ok: false; status?: number; error: string; refused?: boolean };

/** Resolves once the attempt is recorded; throws when the queue should retry. */
export async function deliverWebhook({ deliveryId, attempt, maxAttempts }: DeliveryAttempt) {
  const delivery = await prisma.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: { endpoint: true, event: true },
  });
  // Deleted with its endpoint, or delivered by an attempt that died before its job completed.
  if (!delivery || delivery.status === "SUCCEEDED") return;
  const { endpoint, event } = delivery;
  const { allowPrivateTargets } = await getWebhookSettings();
  const body = JSON.stringify({
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    data: event.data,
  });
  const sentAt = new Date();
  const signature = new Webhook(endpoint.secret).sign(event.id, sentAt, body);
  const outcome = await post(endpoint.url, body, allowPrivateTargets, {
    "content-type": "application/json",
    "user-agent": "Claimdesk-Webhooks/1",
    "webhook-id": event.id,
    "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
    "webhook-signature": signature,
  });
  const final = outcome.ok || outcome.refused === true || attempt >= maxAttempts;
  await prisma.webhookDelivery.update({
    where: { id: deliveryId },
    data: {
      attempts: { increment: 1 },
      responseCode: outcome.status ?? null,
      lastError: outcome.ok ? null : outcome.error,
      status: outcome.ok ? "SUCCEEDED" : final ? "FAILED" : "RETRYING",
      deliveredAt: outcome.ok ? new Date() : null,
      updatedAt: new Date(),
    },
  });
  if (!final) throw new Error(`webhook ${event.id} to ${endpoint.url}: ${errorText(outcome)}`);
}

function errorText(outcome: Outcome): string {
  return outcome.ok ? "" : outcome.error;
}

function post(
  rawUrl: string,
  body: string,
  allowPrivate: boolean,
  headers: Record<string, string>,
): Promise<Outcome> {
  let url: URL;
  try {
    url = parseWebhookUrl(rawUrl);
  } catch (err) {
    return Promise.resolve({ ok: false, error: (err as Error).message, refused: true });
  }
  // An address literal is not looked up, so it is checked here.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && /^[\d.]+$|:/.test(host) && isPrivateAddress(host)) {
    return Promise.resolve({
      ok: false,
      error: `${host} is a private-network address; webhooks go only to public addresses unless an admin allows private networks.`,
      refused: true,
    });
  }
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        lookup: checkedLookup(allowPrivate) as never,
        timeout: WEBHOOK_TIMEOUT_MS,
        agent: false,
      },
      (res) => {
        res.resume(); // the body is not kept; the status decides
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          resolve(
            status >= 200 && status < 300
              ? { ok: true, status }
              : { ok: false, status, error: `The receiver answered ${status}.` },
          );
        });
        res.on("error", (err) =>
          resolve({ ok: false, status: res.statusCode, error: err.message }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error(`No answer within ${WEBHOOK_TIMEOUT_MS} ms.`)));
    req.on("error", (err) =>
      resolve({ ok: false, error: err.message, refused: err instanceof WebhookTargetError }),
    );
    req.end(body);
  });
}
