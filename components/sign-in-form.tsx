"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { safeNextPath } from "@/lib/auth/safe-next";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in.schema";

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (!res || res.error) {
      setFormError(
        res?.error && res.error !== "CredentialsSignin" ? res.error : "Wrong email or password.",
      );
      return;
    }
    router.replace(safeNextPath(params.get("next"), window.location.origin));
    router.refresh();
  });

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
