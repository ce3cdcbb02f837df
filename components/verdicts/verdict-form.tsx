"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  CONCLUSION_MAX,
  verdictFieldsSchema,
  type VerdictFormInput,
} from "@/lib/verdicts/verdict.schema";
import { saveVerdictDraft, submitVerdict } from "@/app/(desk)/claims/[id]/actions";

interface Props {
  claimId: string;
  verdictVersion: number | null;
  values: VerdictFormInput;
  ratings: { id: string; label: string; description: string | null }[];
  canSubmit: boolean;
  requirement: string;
}

export function VerdictForm({
  claimId,
  verdictVersion,
  values,
  ratings,
  canSubmit,
  requirement,
}: Props) {
  const router = useRouter();
  const [version, setVersion] = useState(verdictVersion);

  // Unsaved text stays in the form on a failure; the message says who changed it and when.
  const save = async (input: VerdictFormInput) => {
    const result = await saveVerdictDraft({ ...input, claimId, verdictVersion: version });
    if (result.ok) setVersion(result.data.version!);
    return result;
  };
  const { form, submit, submitWith, message, pending } = useActionForm({
    schema: verdictFieldsSchema,
    defaultValues: values,
    action: save,
    success: "Draft saved.",
    refresh: true,
  });
  const submitForReview = submitWith(
    async (input) => {
      const saved = await save(input);
      if (!saved.ok) return saved;
      const result = await submitVerdict({ claimId, verdictVersion: saved.data.version! });
      if (!result.ok) router.refresh();
      return result;
    },
    { refresh: true },
  );
  const { register } = form;
  const conclusionLength = (form.watch("conclusion") ?? "").length;
  const err = form.formState.errors;

  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label="Verdict"
      style={{ maxWidth: "none" }}
    >
      <FormMessage message={message} />
      <Field label="Rating" error={err.ratingId?.message}>
        <select {...register("ratingId")}>
          <option value="">Not rated yet</option>
          {ratings.map((r) => (
            <option key={r.id} value={r.id} title={r.description ?? undefined}>
              {r.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Conclusion (one sentence)"
        error={err.conclusion?.message}
        hint={
          <span className={conclusionLength > CONCLUSION_MAX ? "field-error" : "muted small"}>
            {conclusionLength}/{CONCLUSION_MAX}
          </span>
        }
      >
        <textarea rows={2} {...register("conclusion")} />
      </Field>
      <Field
        label="Analysis (Markdown; links must be http, https or mailto)"
        error={err.analysis?.message}
      >
        <textarea rows={12} {...register("analysis")} />
      </Field>
      <div className="actions-row">
        <button type="submit" className="secondary" disabled={pending}>
          Save draft
        </button>
        {canSubmit && (
          <button type="button" disabled={pending} onClick={submitForReview}>
            Submit for review
          </button>
        )}
        <span className="muted small">{requirement}</span>
      </div>
    </form>
  );
}
