"use client";

import { saveNotificationPreferences } from "@/app/(desk)/account/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  CHANNELS,
  CHANNEL_LABELS,
  KIND_LABELS,
  NOTIFICATION_KINDS,
} from "@/lib/notifications/notification-kinds";
import {
  type NotificationPreferences,
  notificationPreferencesSchema,
} from "@/lib/notifications/notification-preferences.schema";

export function NotificationPreferencesForm({
  preferences,
  emailConfigured,
}: {
  preferences: NotificationPreferences;
  emailConfigured: boolean;
}) {
  const { form, submit, message, pending } = useActionForm({
    schema: notificationPreferencesSchema,
    defaultValues: preferences,
    action: saveNotificationPreferences,
    success: "Notification choices saved.",
  });
  const { register } = form;
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Notifications">
      <FormMessage message={message} />
      <table>
        <thead>
          <tr>
            <th scope="col">Tell me when</th>
            {CHANNELS.map((c) => (
              <th key={c} scope="col">
                {CHANNEL_LABELS[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {NOTIFICATION_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{KIND_LABELS[kind]}</th>
              {CHANNELS.map((c) => (
                <td key={c}>
                  <input
                    type="checkbox"
                    aria-label={`${KIND_LABELS[kind]}: ${CHANNEL_LABELS[c]}`}
                    {...register(`channels.${kind}.${c}`)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {!emailConfigured && (
        <p className="muted small">
          This server sends no email (no SMTP_URL is set): email choices take effect once it does.
        </p>
      )}
      <Field
        label="Slack incoming webhook URL"
        hint="A Slack (or compatible) incoming webhook; leave empty for none."
        error={form.formState.errors.slackUrl?.message}
      >
        <input type="url" {...register("slackUrl")} />
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          Save notification choices
        </button>
      </div>
    </form>
  );
}
