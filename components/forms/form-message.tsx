import type { ActionMessage } from "./submit-to-action";

/** A form's message: an error is an alert, a notice a status (screen readers announce both). */
export function FormMessage({
  message,
  testId,
}: {
  message: ActionMessage | null;
  testId?: string;
}) {
  if (!message) return null;
  const link = message.link && (
    <>
      {" "}
      <a href={message.link.href}>{message.link.label}</a>
    </>
  );
  return (
    <p
      role={message.ok ? "status" : "alert"}
      className={message.ok ? "notice" : "form-error"}
      data-testid={testId}
    >
      {message.text}
      {link}
    </p>
  );
}
