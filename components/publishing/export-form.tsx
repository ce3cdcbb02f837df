"use client";

// Streams /api/export with fetch, counting bytes as they arrive, then offers the file.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "@/components/form-field";
import {
  EXPORT_FORMATS,
  exportQuerySchema,
  type ExportQueryInput,
} from "@/lib/export/export.schema";

type Progress =
  | { state: "idle" }
  | { state: "running"; rows: number; bytes: number }
  | { state: "done"; rows: number; bytes: number; url: string; filename: string }
  | { state: "error"; message: string };

const STATUSES = [
  "CANDIDATE",
  "QUEUED",
  "IN_RESEARCH",
  "IN_REVIEW",
  "APPROVED",
  "PUBLISHED",
  "DISMISSED",
];

export function ExportForm({ speakers, ratings }: { speakers: string[]; ratings: string[] }) {
  const [progress, setProgress] = useState<Progress>({ state: "idle" });
  const form = useForm<ExportQueryInput>({
    resolver: zodResolver(exportQuerySchema),
    defaultValues: {
      format: "csv",
      from: "",
      to: "",
      speaker: "",
      status: "",
      rating: "",
    } as ExportQueryInput,
  });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v) params.set(k, String(v));
    const res = await fetch(`/api/export?${params}`);
    if (!res.ok || !res.body) {
      const body = await res.json().catch(() => ({ error: `Export failed (${res.status}).` }));
      setProgress({ state: "error", message: body.error ?? `Export failed (${res.status}).` });
      return;
    }
    const rows = Number(res.headers.get("X-Row-Count") ?? 0);
    const filename =
      /filename="([^"]+)"/.exec(res.headers.get("Content-Disposition") ?? "")?.[1] ?? "export";
    const reader = res.body.getReader();
    const chunks: BlobPart[] = [];
    let bytes = 0;
    setProgress({ state: "running", rows, bytes });
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      setProgress({ state: "running", rows, bytes });
    }
    const url = URL.createObjectURL(
      new Blob(chunks, { type: res.headers.get("Content-Type") ?? undefined }),
    );
    setProgress({ state: "done", rows, bytes, url, filename });
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Export report">
      <Field label="Format" error={formState.errors.format?.message}>
        <select {...register("format")}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f === "claimreview" ? "ClaimReview feed (JSON-LD)" : f.toUpperCase()}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>Date the claim was made</legend>
        <label>
          From <input type="date" {...register("from")} />
        </label>
        <label>
          To <input type="date" {...register("to")} />
        </label>
        {formState.errors.to && <span className="field-error">{formState.errors.to.message}</span>}
      </fieldset>
      <label>
        Speaker
        <select {...register("speaker")}>
          <option value="">Any speaker</option>
          {speakers.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select {...register("status")}>
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.toLowerCase().replace("_", " ")}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rating
        <select {...register("rating")}>
          <option value="">Any rating</option>
          {ratings.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Exporting…" : "Export"}
      </button>
      <div role="status" aria-live="polite" data-testid="export-progress">
        {progress.state === "running" && (
          <p>
            Exporting {progress.rows} rows… {(progress.bytes / 1024).toFixed(0)} KB received
          </p>
        )}
        {progress.state === "done" && progress.rows === 0 && (
          <p className="notice" data-testid="export-empty">
            No claims match these filters: widen the dates or clear a filter, then export again.
          </p>
        )}
        {progress.state === "done" && progress.rows > 0 && (
          <p className="notice">
            {progress.rows} rows, {(progress.bytes / 1024).toFixed(0)} KB.{" "}
            <a href={progress.url} download={progress.filename}>
              Save {progress.filename}
            </a>
          </p>
        )}
        {progress.state === "error" && <p className="form-error">{progress.message}</p>}
      </div>
    </form>
  );
}
