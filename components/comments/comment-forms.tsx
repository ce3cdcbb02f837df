"use client";

import { useState } from "react";
import { createComment, deleteComment, editComment } from "@/app/(desk)/claims/[id]/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  createCommentSchema,
  deleteCommentSchema,
  editCommentSchema,
} from "@/lib/comments/comment.schema";

const HINT =
  "Markdown. Mention someone with @ and the part of their email before the @ (e.g. @ed).";

export function CommentForm({ claimId }: { claimId: string }) {
  const { form, submit, message, pending } = useActionForm({
    schema: createCommentSchema,
    defaultValues: { claimId, body: "" },
    action: createComment,
    success: ({ mentioned }) =>
      mentioned.length
        ? `Comment posted; ${mentioned.length} mentioned ${mentioned.length === 1 ? "person was" : "people were"} notified.`
        : "Comment posted.",
    reset: true,
    refresh: true,
  });
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Add a comment">
      <FormMessage message={message} />
      <Field label="Comment" hint={HINT} error={form.formState.errors.body?.message}>
        <textarea rows={4} {...form.register("body")} />
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          Post comment
        </button>
      </div>
    </form>
  );
}

/** Edit or delete one's own comment. */
export function OwnCommentControls(props: { commentId: string; version: number; body: string }) {
  const [editing, setEditing] = useState(false);
  const edit = useActionForm({
    schema: editCommentSchema,
    defaultValues: props,
    action: editComment,
    refresh: true,
    onSuccess: () => setEditing(false),
  });
  const remove = useActionForm({
    schema: deleteCommentSchema,
    defaultValues: { commentId: props.commentId },
    action: deleteComment,
    refresh: true,
  });
  if (!editing) {
    return (
      <div className="row">
        <button type="button" onClick={() => setEditing(true)}>
          Edit
        </button>
        <form className="inline" onSubmit={remove.submit} noValidate aria-label="Delete comment">
          <FormMessage message={remove.message} />
          <button type="submit" disabled={remove.pending}>
            Delete
          </button>
        </form>
      </div>
    );
  }
  return (
    <form className="stack" onSubmit={edit.submit} noValidate aria-label="Edit comment">
      <FormMessage message={edit.message} />
      <Field label="Comment" error={edit.form.formState.errors.body?.message}>
        <textarea rows={4} {...edit.form.register("body")} />
      </Field>
      <div>
        <button type="submit" disabled={edit.pending}>
          Save comment
        </button>{" "}
        <button type="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
