"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { publishFormAction } from "@/app/(desk)/publish/actions";
import { applyFieldErrors } from "@/components/form-errors";
import { CLAIM_REVIEWED_MAX } from "@/lib/publishing/claim-reviewed-text";
import { publishSchema } from "@/lib/publishing/publishing.schema";

type Input = z.input<typeof publishSchema>;

export function PublishForm({
  claimId,
  shortText,
  needsShortText,
}: {
  claimId: string;
  shortText: string;
  needsShortText: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string; slug?: string } | null>(null);
  const form = useForm<Input, unknown, z.output<typeof publishSchema>>({
    resolver: zodResolver(publishSchema),
    defaultValues: { claimId, shortText: needsShortText ? shortText : "" },
  });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await publishFormAction(values);
    if (result.ok) {
      setMessage({ ok: true, text: "Published.", slug: result.data.slug });
      router.refresh();
    } else {
      applyFieldErrors(form.setError, result.fieldErrors);
      setMessage({ ok: false, text: result.error });
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Publish verdict">
      {message && (
        <p role="status" className={message.ok ? "notice" : "form-error"}>
          {message.text}{" "}
          {message.slug && <a href={`/checks/${message.slug}`}>Open the public page</a>}
        </p>
      )}
      <label>
        Short claim for search engines (under {CLAIM_REVIEWED_MAX + 1} characters
        {needsShortText ? ", required: the claim is too long" : ", optional"})
        <input {...register("shortText")} aria-invalid={!!formState.errors.shortText} />
        {formState.errors.shortText && (
          <span className="field-error">{formState.errors.shortText.message}</span>
        )}
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        Publish
      </button>
    </form>
  );
}
