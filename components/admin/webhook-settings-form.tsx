"use client";

import { saveWebhookSettings } from "@/app/(desk)/admin/webhooks/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { webhookSettingsSchema } from "@/lib/webhooks/webhook.schema";

export function WebhookSettingsForm({ allowPrivateTargets }: { allowPrivateTargets: boolean }) {
  const { form, submit, message, pending } = useActionForm({
    schema: webhookSettingsSchema,
    defaultValues: { allowPrivateTargets },
    action: saveWebhookSettings,
    success: (s) =>
      s.allowPrivateTargets
        ? "Webhooks may now go to private-network addresses."
        : "Webhooks go only to public addresses.",
  });
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Webhook targets">
      <FormMessage message={message} />
      <label>
        <input type="checkbox" {...form.register("allowPrivateTargets")} /> Allow private-network
        targets (loopback, 10/8, 172.16/12, 192.168/16, link-local, fc00::/7)
      </label>
      <p className="muted small">
        Off by default, so a registered URL cannot reach services inside your network. Turn it on
        only for a receiver you run on your own network.
      </p>
      <div>
        <button type="submit" disabled={pending}>
          Save webhook targets
        </button>
      </div>
    </form>
  );
}
