/** The queue URL with some search params changed (undefined removes one). */
export function queueHref(
  params: Record<string, string>,
  change: Record<string, string | undefined>,
): string {
  const next = new URLSearchParams({ ...params });
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) next.delete(k);
    else next.set(k, v);
  }
  const query = next.toString();
  return query ? `/queue?${query}` : "/queue";
}
