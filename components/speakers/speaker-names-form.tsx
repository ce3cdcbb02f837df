"use client";

import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { FormMessage } from "@/components/forms/form-message";
import { CellError, ListError } from "@/components/forms/row-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  MAX_SPEAKER_NAMES,
  speakerNamesFormSchema,
  type SpeakerNamesFormInput,
} from "@/lib/speakers/speaker.schema";
import { updateSpeakerNames } from "@/app/(desk)/speakers/[id]/actions";

interface Props {
  speakerId: string;
  version: number;
  displayName: string;
  names: SpeakerNamesFormInput["names"];
}

/** A speaker's name in each language, with that language's aliases (comma-separated). */
export function SpeakerNamesForm({
  speakerId,
  version: initialVersion,
  displayName,
  names,
}: Props) {
  const [version, setVersion] = useState(initialVersion);
  const { form, submit, message, pending } = useActionForm({
    schema: speakerNamesFormSchema,
    defaultValues: { names },
    action: (values) => updateSpeakerNames({ ...values, speakerId, version }),
    success: "Names saved.",
    onSuccess: (data) => setVersion(data.version),
  });
  const { register, control } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "names" });
  const err = form.formState.errors.names;

  return (
    <form onSubmit={submit} noValidate aria-label="Speaker names">
      <FormMessage message={message} />
      <ListError error={err} />
      <table>
        <thead>
          <tr>
            <th>Language</th>
            <th>Name</th>
            <th>Aliases (comma-separated)</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => (
            <tr key={f.id} data-testid="speaker-name-row">
              <td>
                <input
                  aria-label={`Language ${i + 1}`}
                  placeholder="ru"
                  size={4}
                  {...register(`names.${i}.language`)}
                />
                <CellError error={err?.[i]?.language} />
              </td>
              <td>
                <input
                  aria-label={`Name ${i + 1}`}
                  readOnly={f.name === displayName}
                  title={f.name === displayName ? "The display name" : undefined}
                  {...register(`names.${i}.name`)}
                />
                <CellError error={err?.[i]?.name} />
              </td>
              <td>
                <input
                  aria-label={`Aliases ${i + 1}`}
                  placeholder="Викторов, посол"
                  {...register(`names.${i}.aliases`)}
                />
                <CellError error={err?.[i]?.aliases} />
              </td>
              <td>
                {f.name !== displayName && (
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => remove(i)}
                    aria-label={`Remove name ${i + 1}`}
                  >
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions-row" style={{ marginTop: "0.6rem" }}>
        <button
          type="button"
          className="secondary"
          disabled={fields.length >= MAX_SPEAKER_NAMES}
          onClick={() => append({ language: "", name: "", aliases: "" })}
        >
          Add a language
        </button>
        <button type="submit" disabled={pending}>
          Save names
        </button>
      </div>
      <p className="muted small">
        The display name ({displayName}) appears on published checks and stays. Names are matched
        ignoring case and ё/е; detection reads an article with the name and aliases in its language.
        Re-run detection on an article to use new aliases.
      </p>
    </form>
  );
}
