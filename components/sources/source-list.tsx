"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { SourceFormInput } from "@/lib/sources/source.schema";
import { removeSource } from "@/app/(desk)/claims/[id]/actions";
import { SourceForm } from "./source-form";

export interface SourceItem {
  id: string;
  version: number;
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: string;
  accessedAt: string;
  excerpt: string | null;
  isPrimary: boolean;
  notes: string | null;
}

const toValues = (s: SourceItem): SourceFormInput => ({
  url: s.url,
  title: s.title,
  publisher: s.publisher ?? "",
  publishedAt: s.publishedAt,
  accessedAt: s.accessedAt,
  excerpt: s.excerpt ?? "",
  isPrimary: s.isPrimary,
  notes: s.notes ?? "",
});

/** The claim's sources; http(s) links only (the server refuses anything else). */
export function SourceList({
  claimId,
  sources,
  editable,
}: {
  claimId: string;
  sources: SourceItem[];
  editable: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = (s: SourceItem) =>
    startTransition(async () => {
      setError(null);
      const result = await removeSource({ sourceId: s.id, version: s.version });
      if (!result.ok) setError(result.error);
      else router.refresh();
    });

  return (
    <>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {sources.length === 0 && <p className="muted">No sources yet.</p>}
      <ol className="source-list" data-testid="source-list">
        {sources.map((s) => (
          <li key={s.id} data-testid="source">
            {editing === s.id ? (
              <SourceForm
                claimId={claimId}
                source={{ id: s.id, version: s.version, values: toValues(s) }}
                onDone={() => setEditing(null)}
              />
            ) : (
              <>
                <a
                  href={/^https?:\/\//i.test(s.url) ? s.url : undefined}
                  rel="nofollow noopener noreferrer"
                  target="_blank"
                >
                  {s.title}
                </a>{" "}
                <span className="badge">{s.isPrimary ? "primary" : "secondary"}</span>
                <div className="muted small">
                  {[
                    s.publisher,
                    s.publishedAt && `published ${s.publishedAt}`,
                    `accessed ${s.accessedAt}`,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
                {s.excerpt && <blockquote className="small">{s.excerpt}</blockquote>}
                {s.notes && <p className="small">{s.notes}</p>}
                {editable && (
                  <div className="actions-row">
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => setEditing(s.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="secondary small"
                      disabled={pending}
                      onClick={() => remove(s)}
                    >
                      Remove
                    </button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <details>
          <summary>Add a source</summary>
          <SourceForm claimId={claimId} />
        </details>
      )}
    </>
  );
}
