"use client";

import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { approveVerdictSchema, requestChangesSchema } from "@/lib/verdicts/verdict.schema";
import { approveVerdict, requestChanges } from "@/app/(desk)/claims/[id]/actions";

const approveForm = approveVerdictSchema.pick({ comment: true });
// Requesting changes additionally needs a comment: checked with the server's schema on click.
const changesForm = requestChangesSchema.pick({ comment: true });

export function ReviewForm({ claimId, revision }: { claimId: string; revision: number }) {
  const { form, submit, submitWith, message, pending } = useActionForm({
    schema: approveForm,
    defaultValues: { comment: "" },
    action: ({ comment = "" }) => approveVerdict({ claimId, revision, comment }),
    refresh: true,
  });
  const askForChanges = submitWith(
    ({ comment = "" }) => requestChanges({ claimId, revision, comment }),
    { schema: changesForm, refresh: true },
  );

  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label="Review"
      style={{ maxWidth: "none" }}
    >
      <FormMessage message={message} />
      <Field label="Comment for the editor" error={form.formState.errors.comment?.message}>
        <textarea rows={3} {...form.register("comment")} />
      </Field>
      <div className="actions-row">
        <button type="submit" disabled={pending}>
          Approve
        </button>
        <button type="button" className="secondary" disabled={pending} onClick={askForChanges}>
          Request changes
        </button>
      </div>
    </form>
  );
}
