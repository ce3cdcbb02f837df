"use client";

import { FormMessage } from "@/components/forms/form-message";
import type { ActionOutcome } from "@/components/forms/submit-to-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { revokeApiTokenSchema } from "@/lib/tokens/api-token.schema";

export function RevokeTokenButton({
  tokenId,
  name,
  action,
}: {
  tokenId: string;
  name: string;
  action: (input: unknown) => Promise<ActionOutcome<unknown>>;
}) {
  const { submit, message, pending } = useActionForm({
    schema: revokeApiTokenSchema,
    defaultValues: { tokenId },
    action,
    refresh: true,
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Revoke ${name}`}>
      <FormMessage message={message} />
      <button type="submit" className="small danger" disabled={pending}>
        Revoke
      </button>
    </form>
  );
}
