"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import {
  disableTwoFactorFormAction,
  renewRecoveryCodesFormAction,
} from "@/app/(desk)/account/actions";
import { applyFieldErrors } from "@/components/forms/submit-to-action";
import {
  confirmIdentitySchema,
  type ConfirmIdentityInput,
} from "@/lib/two-factor/two-factor.schema";
import { RecoveryCodes } from "./recovery-codes";

const PURPOSES = {
  renew: {
    label: "New recovery codes",
    button: "Get new recovery codes",
    run: renewRecoveryCodesFormAction,
  },
  disable: {
    label: "Turn two-factor off",
    button: "Turn off two-factor sign-in",
    run: disableTwoFactorFormAction,
  },
} as const;

/** Password and a current code (or recovery code): for new recovery codes or turning it off. */
export function IdentityCheckForm({ purpose }: { purpose: keyof typeof PURPOSES }) {
  const router = useRouter();
  const { label, button, run } = PURPOSES[purpose];
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useForm({
    resolver: zodResolver(confirmIdentitySchema),
    defaultValues: { currentPassword: "", code: "" } satisfies ConfirmIdentityInput,
  });
  const { register, formState } = form;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await run(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setError(result.error);
      return;
    }
    form.reset();
    if ("recoveryCodes" in result.data) setCodes(result.data.recoveryCodes);
    else router.refresh();
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={label}>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {codes && <RecoveryCodes codes={codes} />}
      <label>
        Your password
        <input type="password" autoComplete="current-password" {...register("currentPassword")} />
        {formState.errors.currentPassword && (
          <span className="field-error">{formState.errors.currentPassword.message}</span>
        )}
      </label>
      <label>
        Code from your app, or a recovery code
        <input autoComplete="one-time-code" {...register("code")} />
        {formState.errors.code && (
          <span className="field-error">{formState.errors.code.message}</span>
        )}
      </label>
      <div>
        <button
          type="submit"
          className={purpose === "disable" ? "danger" : undefined}
          disabled={formState.isSubmitting}
        >
          {button}
        </button>
      </div>
    </form>
  );
}
