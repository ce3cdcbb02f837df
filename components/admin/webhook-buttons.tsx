"use client";

import { deleteWebhookEndpoint, redeliverWebhook } from "@/app/(desk)/admin/webhooks/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { redeliverWebhookSchema, webhookEndpointIdSchema } from "@/lib/webhooks/webhook.schema";

export function RedeliverButton({ deliveryId }: { deliveryId: string }) {
  const { submit, message, pending } = useActionForm({
    schema: redeliverWebhookSchema,
    defaultValues: { deliveryId },
    action: redeliverWebhook,
    success: "Queued again with the same webhook-id.",
    refresh: true,
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Redeliver ${deliveryId}`}>
      <button type="submit" disabled={pending}>
        Redeliver
      </button>
      <FormMessage message={message} />
    </form>
  );
}

export function DeleteEndpointButton({ endpointId, url }: { endpointId: string; url: string }) {
  const { submit, message, pending } = useActionForm({
    schema: webhookEndpointIdSchema,
    defaultValues: { endpointId },
    action: deleteWebhookEndpoint,
    refresh: true,
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Remove ${url}`}>
      <FormMessage message={message} />
      <button type="submit" disabled={pending}>
        Remove endpoint
      </button>
    </form>
  );
}
