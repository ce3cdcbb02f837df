"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { correctSpeaker, rerunDetection } from "@/app/(desk)/import/actions";
import { applyFieldErrors } from "@/components/form-errors";
import { Field } from "@/components/form-field";
import { SpeakerOptions } from "@/components/speaker-options";
import { correctSpeakerFormSchema } from "@/lib/import/import.schema";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type FormInput = z.input<typeof correctSpeakerFormSchema>;
type Message = { ok: boolean; text: string } | null;

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
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "notice" : "form-error"}
          data-testid="speaker-message"
        >
          {message.text}
        </p>
      )}
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
  const router = useRouter();
  const form = useForm<FormInput>({
    resolver: zodResolver(correctSpeakerFormSchema),
    defaultValues: {
      speakerId: speakers[0]?.id ?? "",
      speakerName: "",
      speakerTitle: "",
      speakerAliases: "",
      moveAccepted: false,
    },
  });
  const { register, handleSubmit, formState, watch } = form;
  const newSpeaker = watch("speakerId") === "";

  const onSubmit = handleSubmit(async (values) => {
    onResult(null);
    const response = await correctSpeaker({ ...values, articleId });
    if (!response.ok) {
      applyFieldErrors(form.setError, response.fieldErrors);
      return onResult({ ok: false, text: response.error });
    }
    const { speaker, replaced, added, moved } = response.data;
    onResult({
      ok: true,
      text: `The speaker is now ${speaker.name}: ${plural(replaced, "candidate", "candidates")} replaced by ${plural(added, "new candidate", "new candidates")}${moved ? `; ${plural(moved, "accepted claim", "accepted claims")} moved` : ""}.`,
    });
    router.refresh();
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Correct the speaker">
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
        <button type="submit" disabled={formState.isSubmitting}>
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
