// The hook's submit path with a real react-hook-form control and zod resolver (no browser):
// client validation, the action's field errors on the right fields, the message, the reset.
import assert from "node:assert/strict";
import { test } from "node:test";
import { zodResolver } from "@hookform/resolvers/zod";
import { createFormControl } from "react-hook-form";
import { z } from "zod";
import {
  type ActionMessage,
  type ActionOutcome,
  type SubmitOptions,
  submitToAction,
} from "../submit-to-action";

const schema = z.object({
  email: z.email("Enter an email address"),
  rows: z.array(z.object({ label: z.string().min(1, "Enter a label") })),
  comment: z.string(),
});
type Values = z.infer<typeof schema>;
const defaults: Values = { email: "ed@example.org", rows: [{ label: "True" }], comment: "" };

function formWith<TData>(
  action: (values: Values) => Promise<ActionOutcome<TData>>,
  options: SubmitOptions<Values, Values, TData> = {},
) {
  const control = createFormControl<Values>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
  });
  const seen = { messages: [] as (ActionMessage | null)[], refreshed: 0, calls: [] as Values[] };
  const submit = control.handleSubmit(async (values) => {
    await submitToAction(
      values,
      async (v) => {
        seen.calls.push(v);
        return action(v);
      },
      options,
      {
        setError: control.setError,
        reset: (v) => control.reset(v),
        setMessage: (m) => seen.messages.push(m),
        refresh: () => seen.refreshed++,
      },
    );
  });
  const error = (name: Parameters<typeof control.getFieldState>[0]) =>
    control.getFieldState(name).error?.message;
  return { control, submit, seen, error };
}

test("the action's field errors land on their fields (nested paths too), its error is the message", async () => {
  const form = formWith(async () => ({
    ok: false,
    error: "email: This email is taken",
    fieldErrors: {
      email: ["This email is taken", "second message ignored"],
      "rows.0.label": ["Each label must be different"],
      _form: ["not a field"],
    },
  }));
  await form.submit();
  assert.equal(form.seen.calls.length, 1);
  assert.equal(form.error("email"), "This email is taken");
  assert.equal(form.error("rows.0.label"), "Each label must be different");
  assert.equal(form.control.getFieldState("_form" as "email").error, undefined);
  assert.deepEqual(form.seen.messages, [null, { ok: false, text: "email: This email is taken" }]);
  assert.equal(form.seen.refreshed, 0);
});

test("values the shared schema refuses never reach the action", async () => {
  const form = formWith(async () => ({ ok: true, data: null }));
  form.control.setValue("email", "not-an-email");
  await form.submit();
  assert.equal(form.seen.calls.length, 0);
  assert.equal(form.error("email"), "Enter an email address");
});

test("a stricter schema for one button sets its field error and stops before the action", async () => {
  const form = formWith(async () => ({ ok: true, data: null }), {
    schema: z.object({ comment: z.string().min(1, "Say what should change") }),
  });
  await form.submit();
  assert.equal(form.seen.calls.length, 0);
  assert.equal(form.error("comment"), "Say what should change");
  assert.deepEqual(form.seen.messages, [null]);
});

test("success: notice from the data, reset, refresh, then onSuccess", async () => {
  const order: string[] = [];
  const form = formWith(async () => ({ ok: true, data: { email: "ed@example.org", slug: "s" } }), {
    success: (data) => ({
      text: `Created ${data.email}.`,
      link: { href: `/checks/${data.slug}`, label: "Open" },
    }),
    reset: (values) => ({ ...values, comment: "cleared" }),
    refresh: true,
    onSuccess: () => order.push(`onSuccess after ${form.seen.refreshed} refresh`),
  });
  form.control.setValue("comment", "typed");
  await form.submit();
  assert.deepEqual(form.seen.messages, [
    null,
    { ok: true, text: "Created ed@example.org.", link: { href: "/checks/s", label: "Open" } },
  ]);
  assert.equal(form.control.getValues("comment"), "cleared");
  assert.deepEqual(order, ["onSuccess after 1 refresh"]);
});

test("reset: true goes back to the defaults; no success option leaves no message", async () => {
  const form = formWith(async () => ({ ok: true, data: 1 }), { reset: true });
  form.control.setValue("email", "other@example.org");
  await form.submit();
  assert.equal(form.control.getValues("email"), "ed@example.org");
  assert.deepEqual(form.seen.messages, [null]);
});
