"use client";

import { publishFormAction } from "@/app/(desk)/publish/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { CLAIM_REVIEWED_MAX } from "@/lib/publishing/claim-reviewed-text";
import { publishFormSchema } from "@/lib/publishing/publishing.schema";

/** `shortText` is the workspace's short text, or a suggestion (lib/publishing/get-publishing-claim.ts). */
export function PublishForm({ claimId, shortText }: { claimId: string; shortText: string }) {
  const { form, submit, message, pending } = useActionForm({
    schema: publishFormSchema,
    defaultValues: { claimId, shortText },
    action: publishFormAction,
    success: ({ slug }) => ({
      text: "Published.",
      link: { href: `/checks/${slug}`, label: "Open the public page" },
    }),
    refresh: true,
  });

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Publish verdict">
      <FormMessage message={message} />
      <Field
        label={`Short claim for search engines (required, under ${CLAIM_REVIEWED_MAX + 1} characters)`}
        error={form.formState.errors.shortText?.message}
      >
        <input required {...form.register("shortText")} />
      </Field>
      <button type="submit" disabled={pending}>
        Publish
      </button>
    </form>
  );
}
