"use client";

import { unpublishFormAction } from "@/app/(desk)/publish/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { unpublishSchema } from "@/lib/publishing/publishing.schema";

export function UnpublishForm({
  claimId,
  expectedVersion,
}: {
  claimId: string;
  expectedVersion: number;
}) {
  const { form, submit, message, pending } = useActionForm({
    schema: unpublishSchema,
    defaultValues: { claimId, expectedVersion, reason: "" },
    action: unpublishFormAction,
    success: "Withdrawn. The public page now answers 410 Gone with your reason.",
    refresh: true,
  });

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Withdraw fact-check">
      <FormMessage message={message} />
      <Field label="Public reason for withdrawing" error={form.formState.errors.reason?.message}>
        <textarea rows={3} {...form.register("reason")} />
      </Field>
      <button type="submit" className="danger" disabled={pending}>
        Withdraw (unpublish)
      </button>
    </form>
  );
}
