// Errors of a form that edits rows (useFieldArray): the list's own error, and one cell's.

/** The list's error (too few rows, a rule across rows) as an alert above the table. */
export function ListError({
  error,
}: {
  error?: { message?: string; root?: { message?: string } };
}) {
  const message = error?.root?.message ?? error?.message;
  return message ? (
    <p role="alert" className="form-error">
      {message}
    </p>
  ) : null;
}

/** A cell's error under its control. */
export function CellError({ error }: { error?: { message?: string } }) {
  return error?.message ? <span className="field-error">{error.message}</span> : null;
}
