// @ts-check
// The security headers of every response that is not a desk page: next.config.js sends them
// through Next, and the published-page fast path (scripts/serve.mjs) sends the same ones. The
// CSP is the one for static public pages: no script at all (JSON-LD is data, not script). Desk
// pages get a per-request nonce policy from proxy.ts (content-security-policy.ts).
import { readFileSync } from "node:fs";

const directives = JSON.parse(
  readFileSync(new URL("./content-security-policy.json", import.meta.url), "utf8"),
);
export const staticContentSecurityPolicy = Object.entries(directives)
  .map(([name, sources]) => `${name} ${sources.join(" ")}`)
  .join("; ");

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(env = process.env) {
  // Over https, browsers are told to use nothing else (the build stamp covers this choice).
  const siteUrl = env.NEXTAUTH_URL || env.PUBLIC_SITE_URL || "";
  const https = /^https:\/\//i.test(siteUrl);
  return [
    { key: "Content-Security-Policy", value: staticContentSecurityPolicy },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(https
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
  ];
}
