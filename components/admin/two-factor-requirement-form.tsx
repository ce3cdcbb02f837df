"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveTwoFactorRequirement } from "@/app/(desk)/admin/settings/actions";
import { twoFactorRequirementSchema } from "@/lib/two-factor/two-factor.schema";

export function TwoFactorRequirementForm({ required }: { required: boolean }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(twoFactorRequirementSchema),
    defaultValues: { required },
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await saveTwoFactorRequirement(values);
    setMessage(
      result.ok
        ? {
            ok: true,
            text: result.data.required
              ? "Two-factor sign-in is now required for admins and reviewers."
              : "Two-factor sign-in is no longer required.",
          }
        : { ok: false, text: result.error },
    );
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Sign-in security">
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "form-error"}>
          {message.text}
        </p>
      )}
      <label>
        <input type="checkbox" {...register("required")} /> Require two-factor for ADMIN and
        REVIEWER
      </label>
      <p className="muted small">
        Admins and reviewers without it can only reach the two-factor setup page until they have set
        it up. Turn it on once you have set up your own.
      </p>
      <div>
        <button type="submit" disabled={formState.isSubmitting}>
          Save sign-in security
        </button>
      </div>
    </form>
  );
}
