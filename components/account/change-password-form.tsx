"use client";

import { changePasswordFormAction } from "@/app/(desk)/account/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordSchema } from "@/lib/users/user.schema";

const signedOut = (others: number) =>
  others ? ` Signed out ${others} other session${others === 1 ? "" : "s"}.` : "";

export function ChangePasswordForm() {
  const { form, submit, message, pending } = useActionForm({
    schema: changePasswordSchema,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    action: changePasswordFormAction,
    success: ({ endedSessions }) => `Password changed.${signedOut(endedSessions)}`,
    reset: true,
  });
  const { register } = form;
  const err = form.formState.errors;

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Change password">
      <FormMessage message={message} />
      <Field label="Current password" error={err.currentPassword?.message}>
        <input type="password" autoComplete="current-password" {...register("currentPassword")} />
      </Field>
      <Field label="New password (at least 12 characters)" error={err.newPassword?.message}>
        <input type="password" autoComplete="new-password" {...register("newPassword")} />
      </Field>
      <Field label="New password again" error={err.confirmPassword?.message}>
        <input type="password" autoComplete="new-password" {...register("confirmPassword")} />
      </Field>
      <button type="submit" disabled={pending}>
        Change password
      </button>
    </form>
  );
}
