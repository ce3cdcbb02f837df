"use client";

import { useState } from "react";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { canonicalTextSchema } from "@/lib/claims/claim.schema";
import { CLAIM_REVIEWED_MAX } from "@/lib/publishing/claim-reviewed-text";
import { editCanonicalText } from "@/app/(desk)/claims/[id]/actions";

const formSchema = canonicalTextSchema.pick({ canonicalText: true, shortText: true });

interface Props {
  claimId: string;
  version: number;
  canonicalText: string;
  shortText: string;
  /** Shown until the editor writes one (lib/publishing/claim-reviewed-text.ts). */
  shortTextSuggestion: string;
}

export function CanonicalTextForm({
  claimId,
  version: initialVersion,
  canonicalText,
  shortText,
  shortTextSuggestion,
}: Props) {
  const [version, setVersion] = useState(initialVersion);
  // On a conflict the editor's text stays in the fields: they copy it, reload and merge.
  const { form, submit, message, pending } = useActionForm({
    schema: formSchema,
    defaultValues: { canonicalText, shortText },
    action: (values) => editCanonicalText({ ...values, claimId, version }),
    success: "Saved.",
    onSuccess: (data) => setVersion(data.version!),
  });
  const err = form.formState.errors;

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Claim text">
      <FormMessage message={message} />
      <Field label="Claim as checked (canonical text)" error={err.canonicalText?.message}>
        <textarea rows={3} {...form.register("canonicalText")} />
      </Field>
      <Field
        label={`Short claim for search engines (required to publish, under ${CLAIM_REVIEWED_MAX + 1} characters)`}
        error={err.shortText?.message}
      >
        <input placeholder={shortTextSuggestion} {...form.register("shortText")} />
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          Save text
        </button>
      </div>
    </form>
  );
}
