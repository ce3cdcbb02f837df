"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { confirmTwoFactorFormAction, startTwoFactorFormAction } from "@/app/(desk)/account/actions";
import { applyFieldErrors } from "@/components/forms/submit-to-action";
import { confirmTwoFactorSchema } from "@/lib/two-factor/two-factor.schema";
import { RecoveryCodes } from "./recovery-codes";

type Setup = { secret: string; qrCode: string };

/** Enrolment: a QR code and the key, then the first code, then the recovery codes (once). */
export function TwoFactorSetup({ email }: { email: string }) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const form = useForm({
    resolver: zodResolver(confirmTwoFactorSchema),
    defaultValues: { code: "" },
  });

  const start = async () => {
    setError(null);
    setStarting(true);
    const result = await startTwoFactorFormAction({});
    setStarting(false);
    if (result.ok) setSetup(result.data);
    else setError(result.error);
  };

  const confirm = form.handleSubmit(async (values) => {
    setError(null);
    const result = await confirmTwoFactorFormAction(values);
    if (result.ok) setCodes(result.data.recoveryCodes);
    else {
      applyFieldErrors(form.setError, result.fieldErrors);
      setError(result.error);
    }
  });

  const alert = error && (
    <p role="alert" className="form-error">
      {error}
    </p>
  );

  if (codes)
    return (
      <>
        <p role="status" className="notice">
          Two-factor sign-in is on. From now on, signing in asks for a code from your app.
        </p>
        <RecoveryCodes codes={codes} />
        {/* A full load, so the desk menu is drawn again for a user the setting held here. */}
        <a href="/desk">I have saved my recovery codes, continue to the desk</a>
      </>
    );

  return (
    <>
      {!setup ? (
        <>
          {alert}
          <p>
            Signing in will ask for your password and a 6-digit code from an authenticator app on
            your phone (such as Aegis, Google Authenticator or 1Password).
          </p>
          <button type="button" onClick={start} disabled={starting}>
            Set up two-factor sign-in
          </button>
        </>
      ) : (
        <form
          className="stack"
          onSubmit={confirm}
          noValidate
          aria-label="Confirm two-factor sign-in"
        >
          {alert}
          <p>1. Scan this QR code with your authenticator app ({email}):</p>
          {/* biome-ignore lint/performance/noImgElement: a data: URL made on the server, not an asset to optimise */}
          <img
            src={setup.qrCode}
            alt="QR code for your authenticator app"
            width={240}
            height={240}
          />
          <p>
            Or type this key into the app:{" "}
            <code data-testid="two-factor-secret">
              {setup.secret.replace(/(.{4})/g, "$1 ").trim()}
            </code>
          </p>
          <label>
            2. The 6-digit code the app shows now
            <input
              inputMode="numeric"
              autoComplete="one-time-code"
              {...form.register("code")}
              aria-invalid={!!form.formState.errors.code}
            />
            {form.formState.errors.code && (
              <span className="field-error">{form.formState.errors.code.message}</span>
            )}
          </label>
          <div>
            <button type="submit" disabled={form.formState.isSubmitting}>
              Turn on two-factor sign-in
            </button>
          </div>
        </form>
      )}
    </>
  );
}
