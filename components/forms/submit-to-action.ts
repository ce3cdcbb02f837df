// What a form does with a server action's answer, apart from React: the hook binds it to a form.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { z } from "zod";

/** The shape every server action returns (ActionResult in lib/auth/authorized.ts). */
export type ActionOutcome<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** The one line a form shows after a submit: a notice, or the error the action gave. */
export interface ActionMessage {
  ok: boolean;
  text: string;
  link?: { href: string; label: string };
}

export interface SubmitOptions<TIn extends FieldValues, TOut, TData> {
  /** The notice after success; a function builds it from the action's data. */
  success?: string | ((data: TData, values: TOut) => string | Omit<ActionMessage, "ok">);
  /** After success: true empties the form back to its defaults; a function gives the new values. */
  reset?: boolean | ((values: TOut, data: TData) => TIn);
  /** After success, re-render the page's server components (router.refresh). */
  refresh?: boolean;
  onSuccess?: (data: TData, values: TOut) => void;
  /** A stricter schema checked on the client before this submit (the form's resolver ran first). */
  schema?: z.ZodType;
}

export interface SubmitTarget<TIn extends FieldValues> {
  setError: UseFormSetError<TIn>;
  reset: (values?: TIn) => void;
  setMessage: (message: ActionMessage | null) => void;
  refresh: () => void;
}

/** Puts the server's field errors (same zod schema, "a.0.b" paths) next to the fields. */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
): void {
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    if (field !== "_form" && messages[0])
      setError(field as Path<T>, { type: "server", message: messages[0] });
  }
}

/** Runs the action with the form's parsed values; returns whether it succeeded. */
export async function submitToAction<TIn extends FieldValues, TOut, TData>(
  values: TOut,
  action: (values: TOut) => Promise<ActionOutcome<TData>>,
  options: SubmitOptions<TIn, TOut, TData>,
  target: SubmitTarget<TIn>,
): Promise<boolean> {
  target.setMessage(null);
  if (options.schema) {
    const checked = options.schema.safeParse(values);
    if (!checked.success) {
      for (const issue of checked.error.issues)
        target.setError(issue.path.join(".") as Path<TIn>, { message: issue.message });
      return false;
    }
  }
  const result = await action(values);
  if (!result.ok) {
    applyFieldErrors(target.setError, result.fieldErrors);
    target.setMessage({ ok: false, text: result.error });
    return false;
  }
  const success =
    typeof options.success === "function" ? options.success(result.data, values) : options.success;
  if (success !== undefined) {
    target.setMessage(
      typeof success === "string" ? { ok: true, text: success } : { ok: true, ...success },
    );
  }
  if (options.reset === true) target.reset();
  else if (options.reset) target.reset(options.reset(values, result.data));
  if (options.refresh) target.refresh();
  options.onSuccess?.(result.data, values);
  return true;
}
