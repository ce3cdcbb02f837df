// The CSP of /api/docs (set by proxy.ts, which overrides the static pages' script-src 'none'):
// scripts from this origin only (Scalar's bundle), the styles it injects, and connect-src 'self',
// which also keeps Scalar's hosted fonts and request proxy out.
export const API_DOCS_PATH = "/api/docs";

export const API_DOCS_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
