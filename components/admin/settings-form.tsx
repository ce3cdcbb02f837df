"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/form-errors";
import { settingsFormSchema, type Settings } from "@/lib/settings/settings.schema";
import { saveSettings } from "@/app/(desk)/admin/settings/actions";

export function SettingsForm({ settings }: { settings: Settings }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<Settings>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: settings,
  });
  const err = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await saveSettings(values);
    if (!result.ok) {
      setFormError(result.error);
      applyFieldErrors(setError, result.fieldErrors);
      return;
    }
    setSaved(true);
  });

  const text = (name: "organizationName" | "organizationUrl" | "siteUrl", label: string) => (
    <label>
      {label}
      <input {...register(name)} aria-invalid={!!err[name]} />
      {err[name] && <span className="field-error">{err[name]?.message}</span>}
    </label>
  );
  const count = (name: "minSources" | "minPrimarySources", label: string) => (
    <label>
      {label}
      <input
        type="number"
        min={0}
        max={20}
        {...register(name, { valueAsNumber: true })}
        aria-invalid={!!err[name]}
      />
      {err[name] && <span className="field-error">{err[name]?.message}</span>}
    </label>
  );

  return (
    <form
      className="stack"
      onSubmit={onSubmit}
      noValidate
      aria-label="Site settings"
      style={{ maxWidth: 720 }}
    >
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      {saved && (
        <p className="notice" role="status">
          Settings saved.
        </p>
      )}
      {text("organizationName", "Organisation name")}
      {text("organizationUrl", "Organisation website")}
      {text("siteUrl", "Public site address")}
      {count("minSources", "Sources needed to submit a verdict")}
      {count("minPrimarySources", "…of which primary")}
      <label>
        Methodology (Markdown, shown on the public site)
        <textarea rows={10} {...register("methodology")} aria-invalid={!!err.methodology} />
        {err.methodology && <span className="field-error">{err.methodology.message}</span>}
      </label>
      <div>
        <button type="submit" disabled={formState.isSubmitting}>
          Save settings
        </button>
      </div>
    </form>
  );
}
