"use client";

import { markNotificationsRead } from "@/app/(desk)/inbox/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { markReadSchema } from "@/lib/notifications/notifications.schema";

/** Marks one notification read, or (without an id) every unread one. */
export function MarkReadButton({
  notificationId,
  label,
}: {
  notificationId?: string;
  label: string;
}) {
  const { submit, message, pending } = useActionForm({
    schema: markReadSchema,
    defaultValues: { notificationId },
    action: markNotificationsRead,
    refresh: true,
  });
  return (
    <form className="inline" onSubmit={submit} noValidate aria-label={label}>
      <button type="submit" disabled={pending}>
        {label}
      </button>
      <FormMessage message={message} />
    </form>
  );
}
