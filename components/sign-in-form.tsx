"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionOutcome } from "@/components/forms/submit-to-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { safeNextPath } from "@/lib/auth/safe-next";
import { type SignInInput, signInSchema } from "@/lib/auth/sign-in.schema";

/** next-auth's answer in the shape of a server action's, so the form treats both alike. */
async function signInWithPassword(values: SignInInput): Promise<ActionOutcome<null>> {
  const res = await signIn("credentials", { ...values, redirect: false });
  if (!res || res.error) {
    const error =
      res?.error && res.error !== "CredentialsSignin" ? res.error : "Wrong email or password.";
    return { ok: false, error };
  }
  return { ok: true, data: null };
}

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const { form, submit, message, pending } = useActionForm({
    schema: signInSchema,
    action: signInWithPassword,
    onSuccess: () => {
      router.replace(safeNextPath(params.get("next"), window.location.origin));
      router.refresh();
    },
  });
  const err = form.formState.errors;

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
