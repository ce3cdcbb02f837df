"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { correctFormAction } from "@/app/(desk)/publish/actions";
import { applyFieldErrors } from "@/components/form-errors";
import { correctSchema } from "@/lib/publishing/publishing.schema";

type Input = z.input<typeof correctSchema>;

interface Props {
  claimId: string;
  expectedVersion: number;
  ratingId: string | null;
  conclusion: string;
  analysis: string;
  ratings: { id: string; label: string }[];
}

export function CorrectForm(props: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<Input>({
    resolver: zodResolver(correctSchema),
    defaultValues: { ...props, note: "" },
  });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await correctFormAction(values);
    if (result.ok) {
      setMessage({ ok: true, text: `Correction published as revision ${result.data.revision}.` });
      form.reset({ ...values, expectedVersion: values.expectedVersion + 1, note: "" });
      router.refresh();
    } else {
      applyFieldErrors(form.setError, result.fieldErrors);
      setMessage({ ok: false, text: result.error });
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Correct verdict">
      {message && (
        <p role="status" className={message.ok ? "notice" : "form-error"}>
          {message.text}
        </p>
      )}
      <label>
        Rating
        <select {...register("ratingId", { setValueAs: (v) => (v === "" ? null : v) })}>
          <option value="">No rating</option>
          {props.ratings.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Conclusion (one sentence)
        <input {...register("conclusion")} />
        {formState.errors.conclusion && (
          <span className="field-error">{formState.errors.conclusion.message}</span>
        )}
      </label>
      <label>
        Analysis (Markdown)
        <textarea rows={10} {...register("analysis")} />
        {formState.errors.analysis && (
          <span className="field-error">{formState.errors.analysis.message}</span>
        )}
      </label>
      <label>
        Public correction note (shown as “Corrected on &lt;date&gt;: &lt;note&gt;”)
        <textarea rows={3} {...register("note")} />
        {formState.errors.note && (
          <span className="field-error">{formState.errors.note.message}</span>
        )}
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        Publish correction
      </button>
    </form>
  );
}
