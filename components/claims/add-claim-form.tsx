"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addClaim } from "@/app/(desk)/claims/new/actions";
import { applyFieldErrors } from "@/components/form-errors";
import { Field } from "@/components/form-field";
import { SpeakerOptions } from "@/components/speaker-options";
import { addClaimSchema, type AddClaimInput } from "@/lib/claims/add-claim.schema";
import { MEDIUM_LABELS } from "@/lib/claims/claim-appearance";

interface Props {
  speakers: { id: string; name: string; title: string | null }[];
}

/** A claim said on TV, radio, video, a social post or a speech: no article, a recording's URL. */
export function AddClaimForm({ speakers }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AddClaimInput>({
    resolver: zodResolver(addClaimSchema),
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
  });
  const { register, handleSubmit, formState, watch } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await addClaim(values);
    if (!result.ok) {
      setFormError(result.error);
      applyFieldErrors(form.setError, result.fieldErrors);
      return;
    }
    router.push(`/claims/${result.data.id}`);
  });

  return (
    <form className="stack import-form" onSubmit={onSubmit} noValidate aria-label="Add a claim">
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
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
        <button type="submit" disabled={formState.isSubmitting}>
          Add to queue
        </button>
      </div>
    </form>
  );
}
