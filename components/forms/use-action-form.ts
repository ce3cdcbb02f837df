"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type DefaultValues, type FieldValues, useForm } from "react-hook-form";
import type { z } from "zod";
import {
  type ActionMessage,
  type ActionOutcome,
  type SubmitOptions,
  submitToAction,
} from "./submit-to-action";

interface ActionFormOptions<TIn extends FieldValues, TOut, TData>
  extends SubmitOptions<TIn, TOut, TData> {
  /** The zod schema the server action parses with too. */
  schema: z.ZodType<TOut, TIn>;
  defaultValues?: DefaultValues<TIn>;
  /** Called by `submit` with the parsed values. */
  action: (values: TOut) => Promise<ActionOutcome<TData>>;
  /** For a form whose message is shown by its parent (it is kept here as well). */
  onMessage?: (message: ActionMessage | null) => void;
}

/**
 * A react-hook-form form bound to a server action: client validation with the shared schema,
 * the action's field errors put on the fields, its error or a success notice as `message`.
 * `submitWith` makes a second button's handler (another action, its own options).
 */
export function useActionForm<TIn extends FieldValues, TOut, TData>({
  schema,
  defaultValues,
  action,
  onMessage,
  ...options
}: ActionFormOptions<TIn, TOut, TData>) {
  const router = useRouter();
  const [message, keepMessage] = useState<ActionMessage | null>(null);
  const form = useForm<TIn, unknown, TOut>({
    resolver: zodResolver(schema),
    defaultValues,
  });
  const setMessage = (next: ActionMessage | null) => {
    keepMessage(next);
    onMessage?.(next);
  };
  const submitWith = <TOther>(
    other: (values: TOut) => Promise<ActionOutcome<TOther>>,
    otherOptions: SubmitOptions<TIn, TOut, TOther> = {},
  ) =>
    form.handleSubmit(async (values) => {
      await submitToAction(values, other, otherOptions, {
        setError: form.setError,
        reset: (values) => form.reset(values),
        setMessage,
        refresh: () => router.refresh(),
      });
    });
  return {
    form,
    submit: submitWith(action, options),
    submitWith,
    message,
    setMessage,
    pending: form.formState.isSubmitting,
  };
}
