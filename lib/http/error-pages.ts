// Plain HTML answers the proxy sends before React renders: bad addresses and database outages.
const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;color:#1a1a1a;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}a{color:#0b5394}</style>
</head><body><main>${body}</main></body></html>`;

export function htmlResponse(
  status: number,
  html: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      ...headers,
    },
  });
}

export function badRequestPage(reason: string): Response {
  return htmlResponse(
    400,
    page("Bad request", `<h1>Bad request</h1><p>${reason} Check the address and try again.</p>`),
  );
}

export function databaseUnavailablePage(): Response {
  return htmlResponse(
    503,
    page(
      "Database unavailable",
      `<h1>Database unavailable</h1><p>The desk cannot reach its database just now, so nothing can be read or saved. Published fact-checks stay online. This page works again by itself once the database is back; try again in a minute.</p><p><a href="/checks">Published fact-checks</a></p>`,
    ),
    { "retry-after": "30" },
  );
}
