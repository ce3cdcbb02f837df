"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { unpublishFormAction } from "@/app/(desk)/publish/actions";
import { applyFieldErrors } from "@/components/form-errors";
import { unpublishSchema } from "@/lib/publishing/publishing.schema";

type Input = z.input<typeof unpublishSchema>;

export function UnpublishForm({
  claimId,
  expectedVersion,
}: {
  claimId: string;
  expectedVersion: number;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<Input>({
    resolver: zodResolver(unpublishSchema),
    defaultValues: { claimId, expectedVersion, reason: "" },
  });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await unpublishFormAction(values);
    if (result.ok) {
      setMessage({
        ok: true,
        text: "Withdrawn. The public page now answers 410 Gone with your reason.",
      });
      router.refresh();
    } else {
      applyFieldErrors(form.setError, result.fieldErrors);
      setMessage({ ok: false, text: result.error });
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Withdraw fact-check">
      {message && (
        <p role="status" className={message.ok ? "notice" : "form-error"}>
          {message.text}
        </p>
      )}
      <label>
        Public reason for withdrawing
        <textarea rows={3} {...register("reason")} />
        {formState.errors.reason && (
          <span className="field-error">{formState.errors.reason.message}</span>
        )}
      </label>
      <button type="submit" className="danger" disabled={formState.isSubmitting}>
        Withdraw (unpublish)
      </button>
    </form>
  );
}
