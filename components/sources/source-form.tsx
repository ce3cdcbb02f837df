"use client";

import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
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
  const { form, submit, message, pending } = useActionForm({
    schema: sourceFieldsSchema,
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
    action: (values) =>
      source
        ? editSource({ ...values, sourceId: source.id, version: source.version })
        : addSource({ ...values, claimId }),
    reset: !source,
    refresh: true,
    onSuccess: () => onDone?.(),
  });
  const { register } = form;
  const err = form.formState.errors;

  const field = (name: keyof SourceFormInput, label: string, type = "text") => (
    <Field label={label} error={err[name]?.message}>
      <input type={type} {...register(name)} />
    </Field>
  );

  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label={source ? "Edit source" : "Add source"}
    >
      <FormMessage message={message} />
      {field("url", "Address (http or https)", "url")}
      {field("title", "Title")}
      {field("publisher", "Publisher")}
      {field("publishedAt", "Published", "date")}
      {field("accessedAt", "Accessed", "date")}
      <Field label="Excerpt" error={err.excerpt?.message}>
        <textarea rows={3} {...register("excerpt")} />
      </Field>
      <label style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}>
        <input type="checkbox" {...register("isPrimary")} /> Primary source (original data, document
        or record)
      </label>
      <Field label="Notes" error={err.notes?.message}>
        <textarea rows={2} {...register("notes")} />
      </Field>
      <div className="actions-row">
        <button type="submit" disabled={pending}>
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
