"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { correctSpeaker, rerunDetection } from "@/app/(desk)/import/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionMessage } from "@/components/forms/submit-to-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { SpeakerOptions } from "@/components/speaker-options";
import { correctSpeakerFormSchema } from "@/lib/import/import.schema";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Message = ActionMessage | null;

interface Props {
  articleId: string;
  speakerId: string | null;
  /** Other speakers to pick from (not the article's current one). */
  speakers: { id: string; name: string; title: string | null }[];
}

/** Correct the article's speaker, or re-run detection; one status line for both. */
export function ArticleSpeakerTools({ articleId, speakerId, speakers }: Props) {
  const [message, setMessage] = useState<Message>(null);
  return (
    <>
      <FormMessage message={message} testId="speaker-message" />
      {/* A new form for a new speaker: the picker leaves out the current one. */}
      <CorrectSpeakerForm
        key={speakerId ?? "none"}
        articleId={articleId}
        speakers={speakers}
        onResult={setMessage}
      />
      <RerunDetectionButton articleId={articleId} onResult={setMessage} />
    </>
  );
}

interface FormProps extends Omit<Props, "speakerId"> {
  onResult: (message: Message) => void;
}

/** Another speaker for the article: detection runs again with them. */
function CorrectSpeakerForm({ articleId, speakers, onResult }: FormProps) {
  const { form, submit, pending } = useActionForm({
    schema: correctSpeakerFormSchema,
    defaultValues: {
      speakerId: speakers[0]?.id ?? "",
      speakerName: "",
      speakerTitle: "",
      speakerAliases: "",
      moveAccepted: false,
    },
    action: (values) => correctSpeaker({ ...values, articleId }),
    success: ({ speaker, replaced, added, moved }) =>
      `The speaker is now ${speaker.name}: ${plural(replaced, "candidate", "candidates")} replaced by ${plural(added, "new candidate", "new candidates")}${moved ? `; ${plural(moved, "accepted claim", "accepted claims")} moved` : ""}.`,
    refresh: true,
    onMessage: onResult,
  });
  const { register, formState, watch } = form;
  const newSpeaker = watch("speakerId") === "";

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Correct the speaker">
      <Field label="Speaker" error={formState.errors.speakerId?.message}>
        <select {...register("speakerId")}>
          <SpeakerOptions speakers={speakers} />
        </select>
      </Field>
      {newSpeaker && (
        <Field label="Name" error={formState.errors.speakerName?.message}>
          <input {...register("speakerName")} />
        </Field>
      )}
      <label className="inline">
        <input type="checkbox" {...register("moveAccepted")} />
        Move accepted claims to the new speaker too
      </label>
      <p className="small muted">
        Candidates not yet accepted are replaced by detection with the new speaker.
      </p>
      <div>
        <button type="submit" disabled={pending}>
          Change speaker and detect again
        </button>
      </div>
    </form>
  );
}

/** Detection again with the same speaker (e.g. after a model update): only new candidates are added. */
function RerunDetectionButton({
  articleId,
  onResult,
}: {
  articleId: string;
  onResult: (message: Message) => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      onResult(null);
      const result = await rerunDetection({ articleId });
      if (!result.ok) return onResult({ ok: false, text: result.error });
      onResult({
        ok: true,
        text: `Detection found ${plural(result.data.added, "new candidate", "new candidates")}.`,
      });
      router.refresh();
    });
  return (
    <p>
      <button type="button" className="secondary" disabled={pending} onClick={run}>
        Re-run detection
      </button>
    </p>
  );
}
