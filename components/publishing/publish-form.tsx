"use client";

import { publishFormAction } from "@/app/(desk)/publish/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { CLAIM_REVIEWED_MAX } from "@/lib/publishing/claim-reviewed-text";
import { publishSchema } from "@/lib/publishing/publishing.schema";

export function PublishForm({
  claimId,
  shortText,
  needsShortText,
}: {
  claimId: string;
  shortText: string;
  needsShortText: boolean;
}) {
  const { form, submit, message, pending } = useActionForm({
    schema: publishSchema,
    defaultValues: { claimId, shortText: needsShortText ? shortText : "" },
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
        label={`Short claim for search engines (under ${CLAIM_REVIEWED_MAX + 1} characters${
          needsShortText ? ", required: the claim is too long" : ", optional"
        })`}
        error={form.formState.errors.shortText?.message}
      >
        <input {...form.register("shortText")} />
      </Field>
      <button type="submit" disabled={pending}>
        Publish
      </button>
    </form>
  );
}
