"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyFieldErrors } from "@/components/form-errors";
import { canonicalTextSchema } from "@/lib/claims/claim.schema";
import { editCanonicalText } from "@/app/(desk)/claims/[id]/actions";

const formSchema = canonicalTextSchema.pick({ canonicalText: true, shortText: true });
type FormInput = z.input<typeof formSchema>;

interface Props {
  claimId: string;
  version: number;
  canonicalText: string;
  shortText: string;
}

export function CanonicalTextForm({
  claimId,
  version: initialVersion,
  canonicalText,
  shortText,
}: Props) {
  const [version, setVersion] = useState(initialVersion);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<FormInput>({
    resolver: zodResolver(formSchema),
    defaultValues: { canonicalText, shortText },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await editCanonicalText({ ...values, claimId, version });
    if (!result.ok) {
      // The editor's text stays in the fields: on a conflict they copy it, reload and merge.
      setFormError(result.error);
      applyFieldErrors(setError, result.fieldErrors);
      return;
    }
    setVersion(result.data.version!);
    setSaved(true);
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Claim text">
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      {saved && (
        <p className="notice" role="status">
          Saved.
        </p>
      )}
      <label>
        Claim as checked (canonical text)
        <textarea
          rows={3}
          {...register("canonicalText")}
          aria-invalid={!!formState.errors.canonicalText}
        />
        {formState.errors.canonicalText && (
          <span className="field-error">{formState.errors.canonicalText.message}</span>
        )}
      </label>
      <label>
        Short text for ClaimReview (under 75 characters)
        <input {...register("shortText")} aria-invalid={!!formState.errors.shortText} />
        {formState.errors.shortText && (
          <span className="field-error">{formState.errors.shortText.message}</span>
        )}
      </label>
      <div>
        <button type="submit" disabled={formState.isSubmitting}>
          Save text
        </button>
      </div>
    </form>
  );
}
