import { formatDate, formatDateTime, isoDay } from "@/lib/dates/format-date";

// Dates on pages: cached data arrives as ISO strings, fresh data as Date objects.
export function DateText({ value, time = false }: { value: Date | string; time?: boolean }) {
  const d = value instanceof Date ? value : new Date(value);
  return (
    <time dateTime={time ? d.toISOString() : isoDay(d)}>
      {time ? formatDateTime(d) : formatDate(d)}
    </time>
  );
}
