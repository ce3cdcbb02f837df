"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createUserFormAction } from "@/app/(desk)/admin/actions";
import { createUserSchema, type CreateUserInput } from "@/lib/users/user.schema";
import { applyFieldErrors } from "@/components/form-errors";
import { RoleOptions } from "./role-options";

export function CreateUserForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: "", name: "", role: "EDITOR", password: "" },
  });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await createUserFormAction(values);
    if (result.ok) {
      setMessage({ ok: true, text: `Created ${result.data.email}.` });
      form.reset();
    } else {
      applyFieldErrors(form.setError, result.fieldErrors);
      setMessage({ ok: false, text: result.error });
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Create user">
      {message && (
        <p role="status" className={message.ok ? "notice" : "form-error"}>
          {message.text}
        </p>
      )}
      <label>
        Email
        <input type="email" {...register("email")} />
        {formState.errors.email && (
          <span className="field-error">{formState.errors.email.message}</span>
        )}
      </label>
      <label>
        Name
        <input {...register("name")} />
        {formState.errors.name && (
          <span className="field-error">{formState.errors.name.message}</span>
        )}
      </label>
      <label>
        Role
        <select {...register("role")}>
          <RoleOptions />
        </select>
      </label>
      <label>
        Initial password (at least 12 characters)
        <input type="password" autoComplete="new-password" {...register("password")} />
        {formState.errors.password && (
          <span className="field-error">{formState.errors.password.message}</span>
        )}
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        Create user
      </button>
    </form>
  );
}
