"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { DismissReasonSelect } from "@/components/claims/dismiss-reason-select";
import type { MoveName } from "@/lib/workflow/claim-workflow";
import {
  acceptClaim,
  assignClaim,
  dismissClaim,
  releaseClaim,
  restoreClaim,
  takeClaim,
} from "@/app/(desk)/claims/[id]/actions";

interface Props {
  claimId: string;
  version: number;
  /** Moves from the claim's status that this user's role allows (derived from the state machine). */
  moves: { name: MoveName; label: string }[];
  assignees: { id: string; name: string }[] | null;
  assigneeId: string | null;
}

type SimpleMove = "accept" | "take" | "release" | "restore";
const SIMPLE_MOVES: Record<
  SimpleMove,
  (input: { claimId: string; version: number }) => Promise<{ ok: boolean; error?: string }>
> = {
  accept: ({ claimId }) => acceptClaim({ claimId }),
  take: (input) => takeClaim(input),
  release: ({ claimId }) => releaseClaim({ claimId }),
  restore: ({ claimId }) => restoreClaim({ claimId }),
};

const HERE: MoveName[] = ["accept", "take", "release", "dismiss", "restore"];

export function ClaimMoveButtons({ claimId, version, moves, assignees, assigneeId }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");

  const run = (call: () => Promise<{ ok: boolean; error?: string }>) => {
    setError(null);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) setError(result.error ?? "Something went wrong");
      else router.refresh();
    });
  };
  const shown = moves.filter((m) => HERE.includes(m.name));
  if (shown.length === 0 && !assignees) return null;

  return (
    <section className="panel" aria-label="Workflow">
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="actions-row">
        {shown.map((m) =>
          m.name === "dismiss" ? (
            <span key={m.name} className="actions-row">
              <label className="small">
                Reason
                <DismissReasonSelect value={reason} onChange={setReason} placeholder="Choose…" />
              </label>
              <label className="small">
                Note
                <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
              </label>
              <button
                type="button"
                className="danger"
                disabled={pending}
                onClick={() => run(() => dismissClaim({ claimId, reason, note }))}
              >
                {m.label}
              </button>
            </span>
          ) : (
            <button
              key={m.name}
              type="button"
              className={m.name === "take" ? undefined : "secondary"}
              disabled={pending}
              onClick={() => run(() => SIMPLE_MOVES[m.name as SimpleMove]({ claimId, version }))}
            >
              {m.label}
            </button>
          ),
        )}
        {assignees && (
          <label className="small">
            Assign to
            <select
              value=""
              disabled={pending}
              onChange={(e) =>
                e.target.value && run(() => assignClaim({ claimId, assigneeId: e.target.value }))
              }
            >
              <option value="">Choose…</option>
              {assignees
                .filter((a) => a.id !== assigneeId)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
          </label>
        )}
      </div>
    </section>
  );
}
