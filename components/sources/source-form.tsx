"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/form-errors";
import { sourceFieldsSchema, type SourceFormInput } from "@/lib/sources/source.schema";
import { addSource, editSource } from "@/app/(desk)/claims/[id]/actions";

interface Props {
  claimId: string;
  /** Present when editing an existing source. */
  source?: { id: string; version: number; values: SourceFormInput };
  onDone?: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

export function SourceForm({ claimId, source, onDone }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<SourceFormInput>({
    resolver: zodResolver(sourceFieldsSchema),
    defaultValues: source?.values ?? {
      url: "",
      title: "",
      publisher: "",
      publishedAt: "",
      accessedAt: today(),
      excerpt: "",
      isPrimary: false,
      notes: "",
    },
  });
  const err = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = source
      ? await editSource({ ...values, sourceId: source.id, version: source.version })
      : await addSource({ ...values, claimId });
    if (!result.ok) {
      setFormError(result.error);
      applyFieldErrors(setError, result.fieldErrors);
      return;
    }
    if (!source) reset();
    router.refresh();
    onDone?.();
  });

  const field = (name: keyof SourceFormInput, label: string, type = "text") => (
    <label>
      {label}
      <input type={type} {...register(name)} aria-invalid={!!err[name]} />
      {err[name] && <span className="field-error">{err[name]?.message}</span>}
    </label>
  );

  return (
    <form
      className="stack"
      onSubmit={onSubmit}
      noValidate
      aria-label={source ? "Edit source" : "Add source"}
    >
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      {field("url", "Address (http or https)", "url")}
      {field("title", "Title")}
      {field("publisher", "Publisher")}
      {field("publishedAt", "Published", "date")}
      {field("accessedAt", "Accessed", "date")}
      <label>
        Excerpt
        <textarea rows={3} {...register("excerpt")} aria-invalid={!!err.excerpt} />
        {err.excerpt && <span className="field-error">{err.excerpt.message}</span>}
      </label>
      <label style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}>
        <input type="checkbox" {...register("isPrimary")} /> Primary source (original data, document
        or record)
      </label>
      <label>
        Notes
        <textarea rows={2} {...register("notes")} aria-invalid={!!err.notes} />
        {err.notes && <span className="field-error">{err.notes.message}</span>}
      </label>
      <div className="actions-row">
        <button type="submit" disabled={formState.isSubmitting}>
          {source ? "Save source" : "Add source"}
        </button>
        {onDone && (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
