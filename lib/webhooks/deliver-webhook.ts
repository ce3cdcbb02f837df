// Delivers one attempt of a webhook (a graphile-worker job): signs the event per Standard
// Webhooks, POSTs it, and records the attempt in the delivery log. A failed attempt schedules the
// next one (its own job, run_at after the policy's backoff) on the same transaction that records
// it, so the log and the queue never disagree; the webhook-id is the event's id on every attempt.
import "server-only";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { Webhook } from "standardwebhooks";
import { prisma, transaction } from "../db";
import {
  WebhookTargetError,
  checkedLookup,
  isPrivateAddress,
  parseWebhookUrl,
} from "./webhook-target";
import { getWebhookSettings } from "./webhook-settings";
import { enqueueDelivery } from "./enqueue-delivery";
import { WEBHOOK_TIMEOUT_MS, type WebhookRetryPolicy, retryDelayMs } from "./webhook-queue";

export interface DeliveryAttempt {
  deliveryId: string;
  /** This attempt's number (1-based). */
  attempt: number;
  policy: WebhookRetryPolicy;
}

type Outcome =
  | { ok: true; status: number }
  /** `refused`: the target is not allowed; retrying cannot help, so the delivery fails now. */
  | { ok: false; status?: number; error: string; refused?: boolean };

/** Makes the attempt and records it (and schedules the next one when it failed and may retry). */
export async function deliverWebhook({ deliveryId, attempt, policy }: DeliveryAttempt) {
  const delivery = await prisma.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: { endpoint: true, event: true },
  });
  // Deleted with its endpoint, or settled; or this attempt was recorded by a worker that died
  // before its job completed (the next attempt, if any, is already queued).
  if (!delivery || delivery.status === "SUCCEEDED" || delivery.status === "FAILED") return;
  if (delivery.attempts >= attempt) return;
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
  const retry = !outcome.ok && outcome.refused !== true && attempt < policy.maxAttempts;
  await transaction(async (tx) => {
    // Only the attempt after the last recorded one: two workers can never both record it.
    const recorded = await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, attempts: attempt - 1, status: { in: ["PENDING", "RETRYING"] } },
      data: {
        attempts: attempt,
        responseCode: outcome.status ?? null,
        lastError: outcome.ok ? null : outcome.error,
        status: outcome.ok ? "SUCCEEDED" : retry ? "RETRYING" : "FAILED",
        deliveredAt: outcome.ok ? new Date() : null,
        updatedAt: new Date(),
      },
    });
    if (recorded.count === 1 && retry) {
      await enqueueDelivery(tx, deliveryId, {
        attempt: attempt + 1,
        delayMs: retryDelayMs(policy, attempt),
      });
    }
  });
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
