"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { safeNextPath } from "@/lib/auth/safe-next";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in.schema";
import {
  SIGN_IN_EXPIRED_MESSAGE,
  TWO_FACTOR_REQUIRED,
  twoFactorSignInSchema,
} from "@/lib/two-factor/two-factor.schema";

const errorMessage = (error: string | null | undefined) =>
  error && error !== "CredentialsSignin" ? error : "Wrong email or password.";

/** Email and password; for an account with two-factor on, then a code (the same next-auth provider). */
export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [formError, setFormError] = useState<string | null>(null);
  const [challenge, setChallenge] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
  });

  const signedIn = () => {
    router.replace(safeNextPath(params.get("next"), window.location.origin));
    router.refresh();
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (res?.error?.startsWith(TWO_FACTOR_REQUIRED)) {
      setChallenge(res.error.slice(TWO_FACTOR_REQUIRED.length));
      return;
    }
    if (!res || res.error) return setFormError(errorMessage(res?.error));
    signedIn();
  });

  if (challenge)
    return (
      <CodeStep
        challenge={challenge}
        onSignedIn={signedIn}
        onExpired={(message) => {
          setChallenge(null);
          setFormError(message);
        }}
      />
    );

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Sign in">
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <label>
        Email
        <input
          type="email"
          autoComplete="username"
          {...register("email")}
          aria-invalid={!!formState.errors.email}
        />
        {formState.errors.email && (
          <span className="field-error">{formState.errors.email.message}</span>
        )}
      </label>
      <label>
        Password
        <input type="password" autoComplete="current-password" {...register("password")} />
        {formState.errors.password && (
          <span className="field-error">{formState.errors.password.message}</span>
        )}
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Signing in…" : "Sign in"}
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
