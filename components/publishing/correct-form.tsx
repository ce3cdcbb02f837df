"use client";

import { correctFormAction } from "@/app/(desk)/publish/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { correctSchema } from "@/lib/publishing/publishing.schema";

interface Props {
  claimId: string;
  expectedVersion: number;
  ratingId: string | null;
  conclusion: string;
  analysis: string;
  ratings: { id: string; label: string }[];
}

export function CorrectForm(props: Props) {
  const { form, submit, message, pending } = useActionForm({
    schema: correctSchema,
    defaultValues: { ...props, note: "" },
    action: correctFormAction,
    success: ({ revision }) => `Correction published as revision ${revision}.`,
    // The next correction starts from this one, against the claim's new version.
    reset: (values) => ({ ...values, expectedVersion: values.expectedVersion + 1, note: "" }),
    refresh: true,
  });
  const { register } = form;
  const err = form.formState.errors;

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Correct verdict">
      <FormMessage message={message} />
      <Field label="Rating" error={err.ratingId?.message}>
        <select {...register("ratingId", { setValueAs: (v) => (v === "" ? null : v) })}>
          <option value="">No rating</option>
          {props.ratings.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Conclusion (one sentence)" error={err.conclusion?.message}>
        <input {...register("conclusion")} />
      </Field>
      <Field label="Analysis (Markdown)" error={err.analysis?.message}>
        <textarea rows={10} {...register("analysis")} />
      </Field>
      <Field
        label="Public correction note (shown as “Corrected on <date>: <note>”)"
        error={err.note?.message}
      >
        <textarea rows={3} {...register("note")} />
      </Field>
      <button type="submit" disabled={pending}>
        Publish correction
      </button>
    </form>
  );
}
