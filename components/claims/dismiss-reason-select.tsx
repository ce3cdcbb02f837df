import { DISMISS_REASON_LABELS } from "@/lib/claims/claim.schema";

/** The reasons a candidate may be dismissed for (they teach the ranker), as one select. */
export function DismissReasonSelect({
  value,
  onChange,
  placeholder,
  className,
}: {
  value: string;
  onChange: (reason: string) => void;
  /** An empty first choice ("Choose…") when no reason is preselected. */
  placeholder?: string;
  className?: string;
}) {
  return (
    <select className={className} value={value} onChange={(e) => onChange(e.target.value)}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {Object.entries(DISMISS_REASON_LABELS).map(([reason, label]) => (
        <option key={reason} value={reason}>
          {label}
        </option>
      ))}
    </select>
  );
}
