"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acceptCandidates, dismissCandidates } from "@/app/(desk)/import/actions";
import { DismissReasonSelect } from "@/components/claims/dismiss-reason-select";
import { DISMISS_REASON_LABELS } from "@/lib/claims/claim.schema";
import type { DismissReason } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/workflow/claim-workflow";
import type { ImportTriage } from "@/lib/import/get-import-triage";

type Claim = ImportTriage["claims"][number];

export function TriageBoard({ articleId, claims }: { articleId: string; claims: Claim[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [reason, setReason] = useState<DismissReason>("NOT_CHECK_WORTHY");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const open = claims.filter((c) => c.status === "CANDIDATE");

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const run = (ids: string[], verb: "accept" | "dismiss") =>
    startTransition(async () => {
      setMessage(null);
      const result =
        verb === "accept"
          ? await acceptCandidates({
              articleId,
              items: ids.map((claimId) => ({ claimId, canonicalText: edits[claimId] })),
            })
          : await dismissCandidates({ articleId, claimIds: ids, reason });
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      const n = result.data.length;
      setMessage({
        ok: true,
        text:
          verb === "accept"
            ? `Accepted ${n} ${n === 1 ? "claim" : "claims"} to the queue.`
            : `Dismissed ${n} ${n === 1 ? "claim" : "claims"}.`,
      });
      setSelected(new Set());
      router.refresh();
    });

  const chosen = [...selected].filter((id) => open.some((c) => c.id === id));
  return (
    <section aria-label="Candidates">
      {message && (
        <p role="status" className={message.ok ? "notice" : "form-error"}>
          {message.text}
        </p>
      )}
      {open.length > 0 && (
        <div className="triage-toolbar">
          <label className="inline">
            <input
              type="checkbox"
              checked={chosen.length === open.length}
              onChange={(e) => setSelected(new Set(e.target.checked ? open.map((c) => c.id) : []))}
            />
            Select all
          </label>
          <button
            type="button"
            disabled={pending || chosen.length === 0}
            onClick={() => run(chosen, "accept")}
          >
            Accept selected ({chosen.length})
          </button>
          <button
            type="button"
            className="secondary"
            disabled={pending || chosen.length === 0}
            onClick={() => run(chosen, "dismiss")}
          >
            Dismiss selected ({chosen.length})
          </button>
          <label className="inline">
            Dismiss reason
            <DismissReasonSelect
              className="small"
              value={reason}
              onChange={(r) => setReason(r as DismissReason)}
            />
          </label>
        </div>
      )}
      {claims.length === 0 && <p className="muted">Nothing here.</p>}
      <ol className="triage-list">
        {claims.map((c) => {
          const candidate = c.status === "CANDIDATE";
          return (
            <li
              key={c.id}
              className={`triage-item status-${c.status.toLowerCase()}`}
              data-testid="candidate"
              aria-label={c.canonicalText}
            >
              <div className="triage-head">
                {candidate && (
                  <label className="inline">
                    <input
                      type="checkbox"
                      checked={selected.has(c.id)}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                    <span className="sr-only">Select “{c.canonicalText}”</span>
                  </label>
                )}
                <span className="badge" title="check-worthiness score">
                  score {c.score.toFixed(2)}
                </span>
                <span className="badge">{c.kind.toLowerCase()}</span>
                <span className="badge" data-testid="candidate-status">
                  {statusLabel(c.status)}
                  {c.dismissReason ? ` · ${DISMISS_REASON_LABELS[c.dismissReason]}` : ""}
                </span>
                {c.repeatOfId && <span className="badge">repeat of an earlier claim</span>}
                <a className="small" href={`#span-${c.id}`}>
                  show in article
                </a>
                {!candidate && (
                  <Link className="small" href={`/claims/${c.id}`}>
                    open claim
                  </Link>
                )}
              </div>
              <blockquote className="triage-quote">{c.quote}</blockquote>
              {c.context && <p className="small muted">Question: {c.context}</p>}
              <p className="small muted">Why: {c.reasons.join(", ") || "—"}</p>
              {candidate ? (
                <label>
                  Canonical text
                  <textarea
                    rows={2}
                    value={edits[c.id] ?? c.canonicalText}
                    onChange={(e) => setEdits({ ...edits, [c.id]: e.target.value })}
                  />
                </label>
              ) : (
                <p>
                  <strong>{c.canonicalText}</strong>
                </p>
              )}
              {candidate && (
                <div className="row-actions">
                  <button
                    type="button"
                    className="small"
                    disabled={pending}
                    onClick={() => run([c.id], "accept")}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    className="small secondary"
                    disabled={pending}
                    onClick={() => run([c.id], "dismiss")}
                  >
                    Dismiss
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
