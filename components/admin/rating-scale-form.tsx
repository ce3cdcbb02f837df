"use client";

import { useFieldArray } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/forms/form-message";
import { CellError, ListError } from "@/components/forms/row-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { ratingScaleSchema } from "@/lib/ratings/rating.schema";
import { saveRatingScale } from "@/app/(desk)/admin/settings/actions";

type Input = z.input<typeof ratingScaleSchema>;

/** Labels, numeric values (1 = worst; empty = outside the scale) and order of the ratings. */
export function RatingScaleForm({ ratings }: { ratings: Input["ratings"] }) {
  const { form, submit, message, pending } = useActionForm({
    schema: ratingScaleSchema,
    defaultValues: { ratings },
    action: saveRatingScale,
    success: "Rating scale saved.",
    refresh: true,
  });
  const { register, control } = form;
  const { fields, append, move } = useFieldArray({ control, name: "ratings" });
  const err = form.formState.errors.ratings;

  return (
    <form onSubmit={submit} noValidate aria-label="Rating scale">
      <FormMessage message={message} />
      <ListError error={err} />
      <table>
        <thead>
          <tr>
            <th>Order</th>
            <th>Label</th>
            <th>Value</th>
            <th>Description</th>
            <th>Active</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => (
            <tr key={f.id}>
              <td>
                <button
                  type="button"
                  className="secondary small"
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                  aria-label="Move up"
                >
                  ↑
                </button>{" "}
                <button
                  type="button"
                  className="secondary small"
                  disabled={i === fields.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label="Move down"
                >
                  ↓
                </button>
              </td>
              <td>
                <input aria-label={`Label ${i + 1}`} {...register(`ratings.${i}.label`)} />
                <CellError error={err?.[i]?.label} />
              </td>
              <td>
                <input
                  aria-label={`Value ${i + 1}`}
                  type="number"
                  style={{ width: "5rem" }}
                  {...register(`ratings.${i}.value`, {
                    setValueAs: (v) => (v === "" || v === null ? null : Number(v)),
                  })}
                />
                <CellError error={err?.[i]?.value} />
              </td>
              <td>
                <input
                  aria-label={`Description ${i + 1}`}
                  {...register(`ratings.${i}.description`)}
                />
                <CellError error={err?.[i]?.description} />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Active ${i + 1}`}
                  {...register(`ratings.${i}.active`)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions-row" style={{ marginTop: "0.6rem" }}>
        <button
          type="button"
          className="secondary"
          onClick={() => append({ id: "", label: "", value: null, description: "", active: true })}
        >
          Add a rating
        </button>
        <button type="submit" disabled={pending}>
          Save rating scale
        </button>
      </div>
      <p className="muted small">
        Ratings used by verdicts cannot be deleted; untick “Active” to retire one.
      </p>
    </form>
  );
}
