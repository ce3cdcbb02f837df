"use client";

import { useState } from "react";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionOutcome } from "@/components/forms/submit-to-action";
import { useActionForm } from "@/components/forms/use-action-form";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  type CreateApiTokenInput,
  TOKEN_EXPIRY_CHOICES,
  createApiTokenSchema,
} from "@/lib/tokens/api-token.schema";
import { SCOPE_LABELS, scopesForRole } from "@/lib/tokens/token-scopes";
import { NewTokenSecret } from "./new-token-secret";

export interface TokenOwnerOption {
  id: string;
  label: string;
  role: Role;
}

/**
 * Creates an API token: for the signed-in user (one `owners` entry, no picker) or, on the admin
 * page, for a chosen user. Only the scopes the owner's role allows are offered (the server checks
 * the same rule, scopesForRole). The token is shown once, with a copy button.
 */
export function CreateTokenForm({
  owners,
  action,
}: {
  owners: readonly TokenOwnerOption[];
  action: (input: unknown) => Promise<ActionOutcome<{ id: string; name: string; token: string }>>;
}) {
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const defaultValues: CreateApiTokenInput = {
    userId: owners[0]?.id ?? "",
    name: "",
    scopes: ["read"],
    expiresInDays: 90,
  };
  const { form, submit, message, pending } = useActionForm({
    schema: createApiTokenSchema,
    defaultValues,
    action,
    reset: (values) => ({ ...defaultValues, userId: values.userId }),
    refresh: true,
    onSuccess: (data) => setCreated({ name: data.name, token: data.token }),
  });
  const { register } = form;
  const err = form.formState.errors;
  const owner = owners.find((o) => o.id === form.watch("userId")) ?? owners[0];
  const scopes = owner ? scopesForRole(owner.role) : [];
  return (
    <>
      {created && <NewTokenSecret name={created.name} token={created.token} />}
      <form
        className="stack"
        onSubmit={(e) => {
          setCreated(null);
          return submit(e);
        }}
        noValidate
        aria-label="Create access token"
      >
        <FormMessage message={message} />
        {owners.length > 1 && (
          <Field label="For user" error={err.userId?.message}>
            <select {...register("userId")}>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="Name (what uses it)" error={err.name?.message}>
          <input placeholder="CMS import" {...register("name")} />
        </Field>
        <fieldset>
          <legend>Scopes</legend>
          {scopes.map((scope) => (
            <label key={scope}>
              <span>
                <input type="checkbox" value={scope} {...register("scopes")} /> <code>{scope}</code>{" "}
                — {SCOPE_LABELS[scope]}
              </span>
            </label>
          ))}
          {err.scopes?.message && <p className="form-error">{err.scopes.message}</p>}
        </fieldset>
        <Field label="Expires after" error={err.expiresInDays?.message}>
          <select
            {...register("expiresInDays", {
              setValueAs: (v: string | number | undefined) =>
                v === "" || v === undefined ? undefined : Number(v),
            })}
          >
            {TOKEN_EXPIRY_CHOICES.map((choice) => (
              <option key={choice.label} value={choice.days ?? ""}>
                {choice.label}
              </option>
            ))}
          </select>
        </Field>
        <div>
          <button type="submit" disabled={pending}>
            Create token
          </button>
        </div>
      </form>
    </>
  );
}
