/**
 * A full date goes to publishedAt (sortable); "2023-10" or "2023" — all a source may tell —
 * is kept as text in publishedText rather than invented as the 1st of the month.
 */
export function publishedDateFields(published: string | null | undefined): {
  publishedAt: Date | null;
  publishedText: string | null;
} {
  const value = published?.trim();
  if (!value) return { publishedAt: null, publishedText: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value))
      return { publishedAt: date, publishedText: null };
  }
  return { publishedAt: null, publishedText: value };
}
