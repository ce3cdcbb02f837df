import type { ChecklistItem } from "@/lib/settings/publish-checklist";

/** Admin → Settings: what must be filled in before the first publish (the server enforces it). */
export function PublishChecklist({ items }: { items: ChecklistItem[] }) {
  const missing = items.filter((i) => !i.done);
  return (
    <section aria-labelledby="checklist-heading" data-testid="publish-checklist">
      <h2 id="checklist-heading">Before the first publish</h2>
      <p className={missing.length ? "form-error" : "notice"} role="status">
        {missing.length
          ? `Publishing is switched off until these are filled in: ${missing.map((i) => i.label.toLowerCase()).join(", ")}.`
          : "Everything readers see about your newsroom is filled in; checks can be published."}
      </p>
      <ul>
        {items.map((i) => (
          <li key={i.key} data-done={i.done}>
            {i.done ? "✓" : "✗"} {i.label}
            {i.done ? "" : " — still a placeholder"}
          </li>
        ))}
      </ul>
    </section>
  );
}
