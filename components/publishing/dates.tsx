// Dates on public pages: cached data arrives as ISO strings, fresh data as Date objects.
export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function isoDay(value: Date | string): string {
  return toDate(value).toISOString().slice(0, 10);
}

export function longDate(value: Date | string): string {
  return toDate(value).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function DateText({ value }: { value: Date | string }) {
  return <time dateTime={isoDay(value)}>{longDate(value)}</time>;
}
