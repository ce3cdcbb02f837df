// /api/docs: the OpenAPI document rendered by Scalar's standalone bundle, served from this
// server (node_modules/@scalar/api-reference), never a CDN. The page has no inline script (the
// bundle mounts on the element carrying data-url); proxy.ts gives it API_DOCS_POLICY.
import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

const CONFIGURATION = JSON.stringify({
  withDefaultFonts: false,
  hideClientButton: true,
  telemetry: false,
  // The "Ask AI" agent fetches Scalar's hosted registry: off (and connect-src 'self' would refuse it).
  agent: { disabled: true },
  showDeveloperTools: "never",
});

export function apiDocsPage(): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claimdesk API</title>
</head>
<body>
<script id="api-reference" data-url="/api/v1/openapi.json" data-configuration='${CONFIGURATION}'></script>
<script src="/api/docs/scalar.js"></script>
</body>
</html>`;
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
    },
  });
}

let bundle: Promise<Buffer> | null = null;

export async function scalarBundle(): Promise<Response> {
  bundle ??= readFile(
    join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js"),
  );
  return new Response(new Uint8Array(await bundle), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=3600",
    },
  });
}
