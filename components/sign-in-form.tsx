"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionOutcome } from "@/components/forms/submit-to-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { safeNextPath } from "@/lib/auth/safe-next";
import { type SignInInput, signInSchema } from "@/lib/auth/sign-in.schema";
import {
  SIGN_IN_EXPIRED_MESSAGE,
  TWO_FACTOR_REQUIRED,
  twoFactorSignInSchema,
} from "@/lib/two-factor/two-factor.schema";

const errorMessage = (error: string | null | undefined) =>
  error && error !== "CredentialsSignin" ? error : "Wrong email or password.";

/**
 * next-auth's answer in the shape of a server action's, so the form treats both alike. With
 * two-factor on, the password step succeeds with a challenge for the code step, not a session.
 */
async function signInWithPassword(
  values: SignInInput,
): Promise<ActionOutcome<{ challenge: string | null }>> {
  const res = await signIn("credentials", { ...values, redirect: false });
  if (res?.error?.startsWith(TWO_FACTOR_REQUIRED))
    return { ok: true, data: { challenge: res.error.slice(TWO_FACTOR_REQUIRED.length) } };
  if (!res || res.error) return { ok: false, error: errorMessage(res?.error) };
  return { ok: true, data: { challenge: null } };
}

/** Email and password; for an account with two-factor on, then a code (the same next-auth provider). */
export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [challenge, setChallenge] = useState<string | null>(null);
  const signedIn = () => {
    router.replace(safeNextPath(params.get("next"), window.location.origin));
    router.refresh();
  };
  const { form, submit, message, setMessage, pending } = useActionForm({
    schema: signInSchema,
    action: signInWithPassword,
    onSuccess: (data) => (data.challenge ? setChallenge(data.challenge) : signedIn()),
  });
  const err = form.formState.errors;

  if (challenge)
    return (
      <CodeStep
        challenge={challenge}
        onSignedIn={signedIn}
        onExpired={(expired) => {
          setChallenge(null);
          setMessage({ ok: false, text: expired });
        }}
      />
    );

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Sign in">
      <FormMessage message={message} />
      <Field label="Email" error={err.email?.message}>
        <input type="email" autoComplete="username" {...form.register("email")} />
      </Field>
      <Field label="Password" error={err.password?.message}>
        <input type="password" autoComplete="current-password" {...form.register("password")} />
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

function CodeStep(props: {
  challenge: string;
  onSignedIn: () => void;
  onExpired: (message: string) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset } = useForm({
    resolver: zodResolver(twoFactorSignInSchema),
    defaultValues: { challenge: props.challenge, code: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (res?.error === SIGN_IN_EXPIRED_MESSAGE) return props.onExpired(res.error);
    if (!res || res.error) {
      reset({ challenge: props.challenge, code: "" });
      return setFormError(errorMessage(res?.error));
    }
    props.onSignedIn();
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Two-factor code">
      <p>Your account uses two-factor sign-in.</p>
      <input type="hidden" {...register("challenge")} />
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <label>
        Code from your authenticator app, or a recovery code
        <input
          autoComplete="one-time-code"
          // biome-ignore lint/a11y/noAutofocus: the one field of this step, right after the password
          autoFocus
          {...register("code")}
          aria-invalid={!!formState.errors.code}
        />
        {formState.errors.code && (
          <span className="field-error">{formState.errors.code.message}</span>
        )}
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Checking…" : "Verify"}
      </button>
    </form>
  );
}
