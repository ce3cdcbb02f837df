// Addresses no page can answer: malformed percent-encoding (`/checks/%`, `/checks/%E0%A4%A`)
// and NUL characters, which PostgreSQL text cannot hold (`?q=a%00b`). Refused with 400 before
// they reach a page or a query, where they would end as a 500.

/** Why `url` cannot be served, or null when it is fine. */
export function malformedUrlReason(url: URL): string | null {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return "The address has malformed percent-encoding.";
  }
  if (path.includes("\0")) return "The address contains a NUL character.";
  if (url.search.includes("%00") || url.search.includes("\0")) {
    for (const [key, value] of url.searchParams) {
      if (key.includes("\0") || value.includes("\0"))
        return "The address contains a NUL character.";
    }
  }
  return null;
}
