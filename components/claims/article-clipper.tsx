"use client";

import "./clip.css";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { clipClaim, previewClip } from "@/app/(desk)/import/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { clipClaimSchema } from "@/lib/claims/clip.schema";
import type { ArticleSentence } from "@/lib/import/list-article-sentences";
import type { TextSpan } from "@/lib/import/text-span";
import { selectionOffsets } from "./selection-offsets";

interface Draft extends TextSpan {
  quote: string;
  canonicalText: string;
  kind: string;
  score: number;
}

interface Props {
  articleId: string;
  /** The article's sentences, each with an "Add" button (the keyboard way); omitted: selection only. */
  sentences?: ArticleSentence[];
  /** The article text, rendered with data-start offsets (HighlightedArticle, QuoteInContext). */
  children: React.ReactNode;
}

/** Select words of the article (or pick a sentence) → "Add as claim" → check the wording → queued. */
export function ArticleClipper({ articleId, sentences, children }: Props) {
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<(TextSpan & { text: string }) | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string; claimId?: string } | null>(
    null,
  );
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    function onSelectionChange() {
      const el = textRef.current;
      const selection = document.getSelection();
      if (!el || !selection) return;
      const span = selectionOffsets(el, selection);
      if (span) setSelected({ ...span, text: selection.toString() });
      // A click in the text drops the selection; pressing the button (outside the text) keeps it.
      else if (selection.anchorNode && el.contains(selection.anchorNode)) setSelected(null);
    }
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, []);

  const open = (span: TextSpan) =>
    startTransition(async () => {
      setMessage(null);
      const result = await previewClip({ articleId, start: span.start, end: span.end });
      if (!result.ok) {
        setDraft(null);
        return setMessage({ ok: false, text: result.error });
      }
      setDraft(result.data);
    });

  const clipped = (claimId: string) => {
    setDraft(null);
    setSelected(null);
    document.getSelection()?.removeAllRanges();
    setMessage({ ok: true, text: "Added to the queue.", claimId });
    router.refresh();
  };

  return (
    <div>
      <div className="clip-toolbar" role="toolbar" aria-label="Clip a claim">
        <button
          type="button"
          disabled={!selected || pending}
          onClick={() => selected && open(selected)}
        >
          Add as claim
        </button>
        <span className="clip-selection" data-testid="clip-selection">
          {selected
            ? `“${selected.text.trim()}”`
            : "Select words of the article to add them as a claim."}
        </span>
      </div>
      {message && (
        <p
          role="status"
          className={message.ok ? "notice" : "form-error"}
          data-testid="clip-message"
        >
          {message.text}
          {message.claimId && (
            <>
              {" "}
              <Link href={`/claims/${message.claimId}`}>Open the claim</Link>
            </>
          )}
        </p>
      )}
      {draft && (
        <ClipForm
          key={`${draft.start}-${draft.end}`}
          articleId={articleId}
          draft={draft}
          onClipped={clipped}
          onCancel={() => setDraft(null)}
        />
      )}
      <div ref={textRef}>{children}</div>
      {sentences && (
        <details className="sentence-list">
          <summary>Sentences — add one as a claim</summary>
          <ol aria-label="Sentences of the article">
            {sentences.map((s, i) => (
              <li key={s.start}>
                {s.text}
                {s.claimed ? (
                  <span className="badge">claim</span>
                ) : (
                  <button
                    type="button"
                    className="small secondary"
                    aria-label={`Add sentence ${i + 1} as a claim`}
                    disabled={pending}
                    onClick={() => open(s)}
                  >
                    Add
                  </button>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}

const formSchema = clipClaimSchema.pick({ canonicalText: true });

interface ClipFormProps {
  articleId: string;
  draft: Draft;
  onClipped: (claimId: string) => void;
  onCancel: () => void;
}

function ClipForm({ articleId, draft, onClipped, onCancel }: ClipFormProps) {
  const { form, submit, message, pending } = useActionForm({
    schema: formSchema,
    defaultValues: { canonicalText: draft.canonicalText },
    action: ({ canonicalText }) =>
      clipClaim({ articleId, start: draft.start, end: draft.end, canonicalText }),
    onSuccess: (claim) => onClipped(claim.id),
  });
  return (
    <form className="clip-form" onSubmit={submit} noValidate aria-label="New claim">
      <FormMessage message={message} />
      <blockquote data-testid="clip-quote">{draft.quote}</blockquote>
      <p className="small muted">
        kind {draft.kind.toLowerCase()} · score {draft.score.toFixed(2)}
      </p>
      <Field
        label="Claim as it will be checked (canonical text)"
        error={form.formState.errors.canonicalText?.message}
      >
        <textarea
          rows={3}
          // biome-ignore lint/a11y/noAutofocus: the editor just asked for this form; keyboard users continue in it
          autoFocus
          {...form.register("canonicalText")}
        />
      </Field>
      <div className="row-actions">
        <button type="submit" disabled={pending}>
          Add to queue
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
