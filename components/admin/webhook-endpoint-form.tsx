"use client";

import { createWebhookEndpoint } from "@/app/(desk)/admin/webhooks/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";
import { createWebhookEndpointSchema } from "@/lib/webhooks/webhook.schema";

export function WebhookEndpointForm() {
  const { form, submit, message, pending } = useActionForm({
    schema: createWebhookEndpointSchema,
    defaultValues: { url: "", events: [...WEBHOOK_EVENT_TYPES] },
    action: createWebhookEndpoint,
    success: (endpoint) =>
      `Registered ${endpoint.url}. Its signing secret, shown only now: ${endpoint.secret}`,
    reset: true,
    refresh: true,
  });
  const { register } = form;
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Add webhook endpoint">
      <FormMessage message={message} />
      <Field label="Endpoint URL (http or https)" error={err.url?.message}>
        <input type="url" placeholder="https://hooks.example.org/claimdesk" {...register("url")} />
      </Field>
      <fieldset>
        <legend>Events</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type}>
            <input type="checkbox" value={type} {...register("events")} /> <code>{type}</code> —{" "}
            {WEBHOOK_EVENT_LABELS[type]}
          </label>
        ))}
        {err.events?.message && <p className="form-error">{err.events.message}</p>}
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          Add endpoint
        </button>
      </div>
    </form>
  );
}
