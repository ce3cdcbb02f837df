"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "@/components/form-field";
import { applyFieldErrors } from "@/components/forms/submit-to-action";
import { SpeakerOptions } from "@/components/speaker-options";
import {
  ACCEPTED_FILE_TYPES,
  importFormSchema,
  type ImportFormInput,
} from "@/lib/import/import.schema";
import type { ImportEvent } from "@/lib/import/import-upload";
import { ImportProgressList } from "./import-progress";
import { readNdjson } from "./read-ndjson";

interface Props {
  speakers: { id: string; name: string; title: string | null }[];
}

const DEFAULTS: ImportFormInput = {
  outlet: "",
  title: "",
  url: "",
  published: "",
  language: "",
  note: "",
  speakerId: "",
  speakerName: "",
  speakerTitle: "",
  speakerAliases: "",
  pastedText: "",
};

export function ImportForm({ speakers }: Props) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportEvent | null>(null);
  const [failure, setFailure] = useState<{ text: string; articleId?: string } | null>(null);
  const form = useForm<ImportFormInput>({
    resolver: zodResolver(importFormSchema),
    defaultValues: { ...DEFAULTS, speakerId: speakers[0]?.id ?? "" },
  });
  const { register, handleSubmit, formState, watch } = form;
  const errors = formState.errors;
  const newSpeaker = watch("speakerId") === "";

  const fail = (text: string, fieldErrors?: Record<string, string[]>, articleId?: string) => {
    applyFieldErrors(form.setError, fieldErrors);
    setFileError(fieldErrors?.file?.[0] ?? null);
    setFailure({ text, articleId });
    setProgress(null);
  };

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    setFileError(null);
    if (!file && !values.pastedText.trim())
      return fail("Choose a file or paste the article text.", {
        file: ["Choose a file or paste the article text"],
      });
    const body = new FormData();
    for (const [key, value] of Object.entries(values)) body.set(key, String(value ?? ""));
    if (file) body.set("file", file);
    setProgress({ stage: "decoding", bytes: file?.size ?? values.pastedText.length });
    const response = await fetch("/api/import", { method: "POST", body });
    if (!response.ok || !response.body) {
      const json = (await response.json().catch(() => null)) as {
        error?: string;
        fieldErrors?: Record<string, string[]>;
      } | null;
      return fail(json?.error ?? `The import failed (HTTP ${response.status}).`, json?.fieldErrors);
    }
    for await (const event of readNdjson<ImportEvent>(response.body)) {
      if (event.stage === "error") return fail(event.error, event.fieldErrors, event.articleId);
      setProgress(event);
      if (event.stage === "done") router.push(`/import/${event.articleId}`);
    }
  });

  const busy = formState.isSubmitting || (progress !== null && progress.stage !== "done");
  return (
    <form
      className="stack import-form"
      onSubmit={onSubmit}
      noValidate
      aria-label="Import article"
      aria-busy={busy}
    >
      {failure && (
        <p role="alert" className="form-error">
          {failure.text}
          {failure.articleId && (
            <>
              {" "}
              <Link href={`/import/${failure.articleId}`}>Open the earlier import</Link>
            </>
          )}
        </p>
      )}
      <fieldset>
        <legend>Article</legend>
        <Field label="File (.txt, .md or .html, up to 10 MB)" error={fileError ?? undefined}>
          <input
            type="file"
            name="file"
            accept={ACCEPTED_FILE_TYPES}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <Field label="…or paste the text" error={errors.pastedText?.message}>
          <textarea rows={6} {...register("pastedText")} />
        </Field>
      </fieldset>
      <fieldset>
        <legend>Where it was published</legend>
        <Field label="Outlet" error={errors.outlet?.message}>
          <input {...register("outlet")} />
        </Field>
        <Field label="Title" error={errors.title?.message}>
          <input {...register("title")} />
        </Field>
        <Field label="URL (optional)" error={errors.url?.message}>
          <input type="url" {...register("url")} />
        </Field>
        <Field label="Published (yyyy, yyyy-mm or yyyy-mm-dd)" error={errors.published?.message}>
          <input {...register("published")} placeholder="2026-02" />
        </Field>
        <Field
          label="Language, a two-letter code (empty: detected)"
          error={errors.language?.message}
        >
          <input {...register("language")} maxLength={2} placeholder="en" />
        </Field>
        <Field label="Note (optional)" error={errors.note?.message}>
          <input {...register("note")} />
        </Field>
      </fieldset>
      <fieldset>
        <legend>Speaker</legend>
        <Field label="Speaker" error={errors.speakerId?.message}>
          <select {...register("speakerId")}>
            <SpeakerOptions speakers={speakers} />
          </select>
        </Field>
        {newSpeaker && (
          <>
            <Field
              label="Name in any script: Anatoly Viktorov or Анатолий Викторов finds the same speaker (leave empty to take the person the article quotes most)"
              error={errors.speakerName?.message}
            >
              <input {...register("speakerName")} />
            </Field>
            <Field label="Title (optional)" error={errors.speakerTitle?.message}>
              <input {...register("speakerTitle")} />
            </Field>
            <Field
              label="Other names used in articles, comma-separated"
              error={errors.speakerAliases?.message}
            >
              <input {...register("speakerAliases")} placeholder="Viktorov, the ambassador" />
            </Field>
          </>
        )}
        {!newSpeaker && errors.speakerName && (
          <span className="field-error">{errors.speakerName.message}</span>
        )}
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import and detect claims"}
      </button>
      {progress && <ImportProgressList progress={progress} />}
    </form>
  );
}
