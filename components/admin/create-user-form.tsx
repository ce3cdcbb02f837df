"use client";

import { createUserFormAction } from "@/app/(desk)/admin/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { createUserSchema } from "@/lib/users/user.schema";
import { RoleOptions } from "./role-options";

export function CreateUserForm() {
  const { form, submit, message, pending } = useActionForm({
    schema: createUserSchema,
    defaultValues: { email: "", name: "", role: "EDITOR", password: "" },
    action: createUserFormAction,
    success: (user) => `Created ${user.email}.`,
    reset: true,
  });
  const { register } = form;
  const err = form.formState.errors;

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Create user">
      <FormMessage message={message} />
      <Field label="Email" error={err.email?.message}>
        <input type="email" {...register("email")} />
      </Field>
      <Field label="Name" error={err.name?.message}>
        <input {...register("name")} />
      </Field>
      <Field label="Role" error={err.role?.message}>
        <select {...register("role")}>
          <RoleOptions />
        </select>
      </Field>
      <Field label="Initial password (at least 12 characters)" error={err.password?.message}>
        <input type="password" autoComplete="new-password" {...register("password")} />
      </Field>
      <button type="submit" disabled={pending}>
        Create user
      </button>
    </form>
  );
}
