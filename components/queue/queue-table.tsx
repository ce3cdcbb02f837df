"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { assignClaim, releaseClaim, takeClaim } from "@/app/(desk)/claims/[id]/actions";
import { takeNextClaim } from "@/app/(desk)/queue/actions";
import { quoted } from "@/components/quoted";

export interface QueueTableRow {
  id: string;
  status: string;
  statusLabel: string;
  quote: string;
  canonicalText: string;
  /** The language the claim is written in, for the lang attribute. */
  lang: string;
  speakerName: string;
  outlet: string;
  published: string;
  kind: string;
  score: string;
  assigneeId: string | null;
  assigneeName: string | null;
  age: string;
  /** What this user may do to the row (lib/claims/claim-capabilities.ts). */
  may: { take: boolean; release: boolean; assign: boolean };
}

interface Props {
  rows: QueueTableRow[];
  /** May take claims at all (the "Take next" button). */
  canTake: boolean;
  assignees: { id: string; name: string }[];
  /** What to do when no row is shown (the page knows whether filters are set). */
  empty: React.ReactNode;
}

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));

export function QueueTable({ rows, canTake, assignees, empty }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);

  const run = useCallback(
    (
      action: () => Promise<
        { ok: true; data: { id: string } | null } | { ok: false; error: string }
      >,
      open = false,
    ) => {
      setMessage(null);
      startTransition(async () => {
        const result = await action();
        if (!result.ok) setMessage(result.error);
        else if (!result.data) setMessage("The queue is empty — nothing left to take.");
        else if (open) router.push(`/claims/${result.data.id}`);
        else router.refresh();
      });
    },
    [router],
  );
  const takeNext = useCallback(() => run(() => takeNextClaim({}), true), [run]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      if (e.key === "j") setSelected((i) => Math.min(i + 1, rows.length - 1));
      else if (e.key === "k") setSelected((i) => Math.max(i - 1, 0));
      else if (
        e.key === "Enter" &&
        rows[selected] &&
        !(e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement)
      ) {
        router.push(`/claims/${rows[selected].id}`);
      } else if (e.key === "t" && canTake) takeNext();
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rows, selected, canTake, takeNext, router]);

  useEffect(() => {
    // Braces matter: newer Chromium returns a promise here, which React would call as cleanup.
    rowRefs.current[selected]?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  return (
    <>
      <div className="queue-toolbar">
        {canTake && (
          <button type="button" onClick={takeNext} disabled={pending} aria-keyshortcuts="t">
            Take next
          </button>
        )}
        <span className="muted">
          Keys: j/k move · Enter opens{canTake ? " · t takes next" : ""}
        </span>
      </div>
      {message && (
        <p role="alert" className="form-error" data-testid="queue-message">
          {message}
        </p>
      )}
      <table className="queue-table">
        <thead>
          <tr>
            <th>Claim</th>
            <th>Status</th>
            <th>Speaker</th>
            <th>Outlet / date</th>
            <th>Kind</th>
            <th>Score</th>
            <th>Assignee</th>
            <th>Age</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr
              key={row.id}
              ref={(el) => {
                rowRefs.current[i] = el;
              }}
              aria-selected={i === selected}
              className={i === selected ? "selected" : undefined}
              data-testid="queue-row"
              data-status={row.status}
              onClick={() => setSelected(i)}
            >
              <td lang={row.lang}>
                <Link href={`/claims/${row.id}`}>{row.canonicalText}</Link>
                {row.quote !== row.canonicalText && (
                  <div className="muted small">{quoted(row.quote)}</div>
                )}
              </td>
              <td>
                <span className="badge">{row.statusLabel}</span>
              </td>
              <td>{row.speakerName}</td>
              <td>
                {row.outlet}
                <div className="muted small">{row.published}</div>
              </td>
              <td>{row.kind}</td>
              <td>{row.score}</td>
              <td>
                {row.assigneeName ?? <span className="muted">—</span>}
                <div className="row-actions">
                  {row.may.take && (
                    <button
                      type="button"
                      className="secondary small"
                      disabled={pending}
                      onClick={() => run(() => takeClaim({ claimId: row.id }), true)}
                    >
                      Take
                    </button>
                  )}
                  {row.may.release && (
                    <button
                      type="button"
                      className="secondary small"
                      disabled={pending}
                      onClick={() => run(() => releaseClaim({ claimId: row.id }))}
                    >
                      Unassign
                    </button>
                  )}
                  {row.may.assign && (
                    <select
                      aria-label="Assign to"
                      className="small"
                      value=""
                      disabled={pending}
                      onChange={(e) =>
                        e.target.value &&
                        run(() => assignClaim({ claimId: row.id, assigneeId: e.target.value }))
                      }
                    >
                      <option value="">Assign…</option>
                      {assignees
                        .filter((a) => a.id !== row.assigneeId)
                        .map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.name}
                          </option>
                        ))}
                    </select>
                  )}
                </div>
              </td>
              <td>{row.age}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="muted" data-testid="queue-empty">
          {empty}
        </p>
      )}
    </>
  );
}
