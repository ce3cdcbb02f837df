"use client";

import { useRouter } from "next/navigation";
import { addClaim } from "@/app/(desk)/claims/new/actions";
import { Field } from "@/components/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { SpeakerOptions } from "@/components/speaker-options";
import { addClaimSchema } from "@/lib/claims/add-claim.schema";
import { MEDIUM_LABELS } from "@/lib/claims/claim-appearance";

interface Props {
  speakers: { id: string; name: string; title: string | null }[];
}

/** A claim said on TV, radio, video, a social post or a speech: no article, a recording's URL. */
export function AddClaimForm({ speakers }: Props) {
  const router = useRouter();
  const { form, submit, message, pending } = useActionForm({
    schema: addClaimSchema,
    defaultValues: {
      speakerId: speakers[0]?.id ?? "",
      speakerName: "",
      quote: "",
      medium: "TV",
      outlet: "",
      url: "",
      saidOn: "",
      mediaTimestamp: "",
      canonicalText: "",
    },
    action: addClaim,
    onSuccess: (claim) => router.push(`/claims/${claim.id}`),
  });
  const { register, watch } = form;
  const errors = form.formState.errors;

  return (
    <form className="stack import-form" onSubmit={submit} noValidate aria-label="Add a claim">
      <FormMessage message={message} />
      <Field label="Speaker" error={errors.speakerId?.message}>
        <select {...register("speakerId")}>
          <SpeakerOptions speakers={speakers} />
        </select>
      </Field>
      {watch("speakerId") === "" && (
        <Field label="Speaker's name" error={errors.speakerName?.message}>
          <input {...register("speakerName")} />
        </Field>
      )}
      <Field label="Quote (the exact words)" error={errors.quote?.message}>
        <textarea rows={4} {...register("quote")} />
      </Field>
      <Field label="Said on" error={errors.medium?.message}>
        <select {...register("medium")}>
          {Object.entries(MEDIUM_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Outlet (channel, station, account or event)" error={errors.outlet?.message}>
        <input {...register("outlet")} />
      </Field>
      <Field label="URL of the recording or post" error={errors.url?.message}>
        <input type="url" {...register("url")} placeholder="https://" />
      </Field>
      <Field label="Date said (yyyy-mm-dd)" error={errors.saidOn?.message}>
        <input {...register("saidOn")} placeholder="2026-03-02" />
      </Field>
      <Field
        label="Time in the recording (optional, HH:MM:SS or MM:SS)"
        error={errors.mediaTimestamp?.message}
      >
        <input {...register("mediaTimestamp")} placeholder="00:12:31" />
      </Field>
      <Field
        label="Claim as it will be checked (optional; derived from the quote when empty)"
        error={errors.canonicalText?.message}
      >
        <textarea rows={2} {...register("canonicalText")} />
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          Add to queue
        </button>
      </div>
    </form>
  );
}
