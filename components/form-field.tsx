import { cloneElement, type ReactElement, type ReactNode, useId } from "react";

interface ControlProps {
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/**
 * A labelled form control with its error under it: the control gets aria-invalid and is
 * described by the error (and the hint, e.g. a character count) so screen readers read both.
 */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: ReactElement<ControlProps>;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the control is the children, wrapped by the label */}
      <label>
        {label}
        {cloneElement(children, { "aria-invalid": !!error, "aria-describedby": describedBy })}
      </label>
      {hint && <span id={hintId}>{hint}</span>}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
