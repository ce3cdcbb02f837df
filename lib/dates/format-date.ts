// Every date a person reads goes through here: Intl.DateTimeFormat in the site's locale
// (DATE_LOCALE, default en-GB), never an ISO timestamp. Machine-readable values (datetime
// attributes, JSON, CSV, ClaimReview) stay ISO.
export const DATE_LOCALE = process.env.DATE_LOCALE || "en-GB";

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  // A bare day ("2026-02-15") is a calendar date, not a moment: read and show it in UTC.
  return value instanceof Date ? value : new Date(value);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/** "15 February 2026" (a calendar day, as stored: UTC). */
export function formatDate(value: DateInput, locale = DATE_LOCALE): string {
  return format({ dateStyle: "long", timeZone: "UTC" }, locale).format(toDate(value));
}

/** "15 Feb" for chart axes. */
export function formatShortDate(value: DateInput, locale = DATE_LOCALE): string {
  return format({ day: "numeric", month: "short", timeZone: "UTC" }, locale).format(toDate(value));
}

/** "15 February 2026, 14:03 UTC" for events (audit, security, report generation). */
export function formatDateTime(value: DateInput, locale = DATE_LOCALE): string {
  return format(
    { dateStyle: "long", timeStyle: "short", timeZone: "UTC", hourCycle: "h23" },
    locale,
  )
    .format(toDate(value))
    .concat(" UTC");
}

/** The ISO day for a datetime attribute. */
export function isoDay(value: DateInput): string {
  return toDate(value).toISOString().slice(0, 10);
}

/** A day that may be partial ("2023-10", as a source gives it): formatted when it is a full day. */
export function formatDayText(value: string): string {
  return /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value) ? formatDate(value) : value;
}
