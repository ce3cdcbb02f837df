import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "./webhook-events";

export const createWebhookEndpointSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the URL that receives the webhooks")
    .max(2000)
    .refine((u) => /^https?:\/\//i.test(u), "Use an http:// or https:// URL"),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1, "Choose at least one event"),
});

export const webhookEndpointIdSchema = z.object({ endpointId: z.uuid() });

export const redeliverWebhookSchema = z.object({ deliveryId: z.uuid() });

export const webhookSettingsSchema = z.object({
  /** Lets endpoints on loopback, RFC 1918, link-local and ULA addresses receive webhooks. */
  allowPrivateTargets: z.boolean(),
});

export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;
