"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordFormAction } from "@/app/(desk)/account/actions";
import { applyFieldErrors } from "@/components/form-errors";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/users/user.schema";

export function ChangePasswordForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await changePasswordFormAction(values);
    if (result.ok) {
      const others = result.data.endedSessions;
      setMessage({
        ok: true,
        text: `Password changed.${others ? ` Signed out ${others} other session${others === 1 ? "" : "s"}.` : ""}`,
      });
      form.reset();
    } else {
      applyFieldErrors(form.setError, result.fieldErrors);
      setMessage({ ok: false, text: result.error });
    }
  });

  const error = (name: keyof ChangePasswordInput) =>
    formState.errors[name] && (
      <span className="field-error">{formState.errors[name]?.message}</span>
    );

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Change password">
      {message && (
        <p role="status" className={message.ok ? "notice" : "form-error"}>
          {message.text}
        </p>
      )}
      <label>
        Current password
        <input type="password" autoComplete="current-password" {...register("currentPassword")} />
        {error("currentPassword")}
      </label>
      <label>
        New password (at least 12 characters)
        <input type="password" autoComplete="new-password" {...register("newPassword")} />
        {error("newPassword")}
      </label>
      <label>
        New password again
        <input type="password" autoComplete="new-password" {...register("confirmPassword")} />
        {error("confirmPassword")}
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        Change password
      </button>
    </form>
  );
}
