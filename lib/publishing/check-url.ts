/** The public address of a fact-check, from settings.siteUrl. */
export function checkUrl(siteUrl: string, slug: string): string {
  return new URL(`/checks/${encodeURIComponent(slug)}`, siteUrl).toString();
}
