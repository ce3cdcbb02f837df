"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/form-errors";
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
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<VerdictFormInput>({
    resolver: zodResolver(verdictFieldsSchema),
    defaultValues: values,
  });
  const conclusionLength = (watch("conclusion") ?? "").length;
  const err = formState.errors;

  const save = async (input: VerdictFormInput): Promise<number | null> => {
    setFormError(null);
    setNotice(null);
    const result = await saveVerdictDraft({ ...input, claimId, verdictVersion: version });
    if (!result.ok) {
      // Unsaved text stays in the form; the message says who changed it and when.
      setFormError(result.error);
      applyFieldErrors(setError, result.fieldErrors);
      return null;
    }
    setVersion(result.data.version!);
    return result.data.version!;
  };

  const onSave = handleSubmit(async (input) => {
    if ((await save(input)) !== null) {
      setNotice("Draft saved.");
      router.refresh();
    }
  });

  const onSubmitForReview = handleSubmit(async (input) => {
    const saved = await save(input);
    if (saved === null) return;
    const result = await submitVerdict({ claimId, verdictVersion: saved });
    if (!result.ok) {
      setFormError(result.error);
      applyFieldErrors(setError, result.fieldErrors);
      router.refresh();
      return;
    }
    router.refresh();
  });

  return (
    <form
      className="stack"
      onSubmit={onSave}
      noValidate
      aria-label="Verdict"
      style={{ maxWidth: "none" }}
    >
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <label>
        Rating
        <select {...register("ratingId")} aria-invalid={!!err.ratingId}>
          <option value="">Not rated yet</option>
          {ratings.map((r) => (
            <option key={r.id} value={r.id} title={r.description ?? undefined}>
              {r.label}
            </option>
          ))}
        </select>
        {err.ratingId && <span className="field-error">{err.ratingId.message}</span>}
      </label>
      <label>
        Conclusion (one sentence)
        <textarea rows={2} {...register("conclusion")} aria-invalid={!!err.conclusion} />
        <span className={conclusionLength > CONCLUSION_MAX ? "field-error" : "muted small"}>
          {conclusionLength}/{CONCLUSION_MAX}
        </span>
        {err.conclusion && <span className="field-error">{err.conclusion.message}</span>}
      </label>
      <label>
        Analysis (Markdown; links must be http, https or mailto)
        <textarea rows={12} {...register("analysis")} aria-invalid={!!err.analysis} />
        {err.analysis && <span className="field-error">{err.analysis.message}</span>}
      </label>
      <div className="actions-row">
        <button type="submit" className="secondary" disabled={formState.isSubmitting}>
          Save draft
        </button>
        {canSubmit && (
          <button type="button" disabled={formState.isSubmitting} onClick={onSubmitForReview}>
            Submit for review
          </button>
        )}
        <span className="muted small">{requirement}</span>
      </div>
    </form>
  );
}
