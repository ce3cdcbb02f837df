import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Puts the server's field errors (same zod schema) next to the fields. */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
): void {
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    if (field !== "_form" && messages[0])
      setError(field as Path<T>, { type: "server", message: messages[0] });
  }
}
