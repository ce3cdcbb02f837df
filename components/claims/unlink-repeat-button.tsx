"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { unlinkRepeat } from "@/app/(desk)/claims/[id]/actions";

/** "Not the same claim": removes the repeat link the detector proposed for this claim. */
export function UnlinkRepeatButton({ claimId, version }: { claimId: string; version: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <p className="actions-row">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await unlinkRepeat({ claimId, version });
            if (!result.ok) setError(result.error ?? "Something went wrong");
            else router.refresh();
          })
        }
      >
        Not the same claim
      </button>
      {error && (
        <span role="alert" className="form-error">
          {error}
        </span>
      )}
    </p>
  );
}
