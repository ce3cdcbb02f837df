"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyFieldErrors } from "@/components/form-errors";
import { approveVerdictSchema, requestChangesSchema } from "@/lib/verdicts/verdict.schema";
import { approveVerdict, requestChanges } from "@/app/(desk)/claims/[id]/actions";

const approveForm = approveVerdictSchema.pick({ comment: true });
// Requesting changes additionally needs a comment: checked with the server's schema on click.
const changesForm = requestChangesSchema.pick({ comment: true });
type Input = z.input<typeof approveForm>;

export function ReviewForm({ claimId, revision }: { claimId: string; revision: number }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Input>({
    resolver: zodResolver(approveForm),
    defaultValues: { comment: "" },
  });

  const send = (which: "approve" | "changes") =>
    handleSubmit(async ({ comment = "" }) => {
      setFormError(null);
      if (which === "changes") {
        const parsed = changesForm.safeParse({ comment });
        if (!parsed.success) {
          setError("comment", { message: parsed.error.issues[0]?.message });
          return;
        }
      }
      const input = { claimId, revision, comment };
      const result =
        which === "approve" ? await approveVerdict(input) : await requestChanges(input);
      if (!result.ok) {
        setFormError(result.error);
        applyFieldErrors(setError, result.fieldErrors);
        return;
      }
      router.refresh();
    });

  return (
    <form
      className="stack"
      onSubmit={send("approve")}
      noValidate
      aria-label="Review"
      style={{ maxWidth: "none" }}
    >
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <label>
        Comment for the editor
        <textarea rows={3} {...register("comment")} aria-invalid={!!formState.errors.comment} />
        {formState.errors.comment && (
          <span className="field-error">{formState.errors.comment.message}</span>
        )}
      </label>
      <div className="actions-row">
        <button type="submit" disabled={formState.isSubmitting}>
          Approve
        </button>
        <button
          type="button"
          className="secondary"
          disabled={formState.isSubmitting}
          onClick={send("changes")}
        >
          Request changes
        </button>
      </div>
    </form>
  );
}
