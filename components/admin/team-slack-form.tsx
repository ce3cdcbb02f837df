"use client";

import { saveTeamSlack } from "@/app/(desk)/admin/settings/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { teamSlackSettingsSchema } from "@/lib/notifications/team-slack.schema";

export function TeamSlackForm({ teamSlackUrl }: { teamSlackUrl: string }) {
  const { form, submit, message, pending } = useActionForm({
    schema: teamSlackSettingsSchema,
    defaultValues: { teamSlackUrl },
    action: saveTeamSlack,
    success: (s) => (s.teamSlackUrl ? "Team Slack webhook saved." : "Team Slack webhook removed."),
  });
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Team Slack">
      <FormMessage message={message} />
      <Field
        label="Team Slack incoming webhook URL"
        hint="Every notification's change is posted here once (assignments, reviews, publishing, edits, mentions). Leave empty for none."
        error={form.formState.errors.teamSlackUrl?.message}
      >
        <input type="url" {...form.register("teamSlackUrl")} />
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          Save team Slack webhook
        </button>
      </div>
    </form>
  );
}
