"use client";

import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { settingsFormSchema, type Settings } from "@/lib/settings/settings.schema";
import { saveSettings } from "@/app/(desk)/admin/settings/actions";

export function SettingsForm({ settings }: { settings: Settings }) {
  const { form, submit, message, pending } = useActionForm({
    schema: settingsFormSchema,
    defaultValues: settings,
    action: saveSettings,
    success: "Settings saved.",
  });
  const { register } = form;
  const err = form.formState.errors;

  const text = (name: "organizationName" | "organizationUrl" | "siteUrl", label: string) => (
    <Field label={label} error={err[name]?.message}>
      <input {...register(name)} />
    </Field>
  );
  const count = (name: "minSources" | "minPrimarySources", label: string) => (
    <Field label={label} error={err[name]?.message}>
      <input type="number" min={0} max={20} {...register(name, { valueAsNumber: true })} />
    </Field>
  );

  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label="Site settings"
      style={{ maxWidth: 720 }}
    >
      <FormMessage message={message} />
      {text("organizationName", "Organisation name")}
      {text("organizationUrl", "Organisation website")}
      {text("siteUrl", "Public site address")}
      {count("minSources", "Sources needed to submit a verdict")}
      {count("minPrimarySources", "…of which primary")}
      <Field
        label="Methodology (Markdown, shown on the public site)"
        error={err.methodology?.message}
      >
        <textarea rows={10} {...register("methodology")} />
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          Save settings
        </button>
      </div>
    </form>
  );
}
