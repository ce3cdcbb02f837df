// The Content-Security-Policy. Static public pages (and API responses) get it as written, from
// next.config.js: no script runs at all — they are plain HTML, and their only inline block is
// JSON-LD, which browsers do not execute. Desk pages get a fresh nonce per request from
// proxy.ts; Next puts it on its own scripts, and no other inline script can run.
import { randomBytes } from "node:crypto";
import directives from "./content-security-policy.json";

export function contentSecurityPolicy(nonce?: string): string {
  return Object.entries(directives)
    .map(([name, sources]) => {
      const all =
        name === "script-src" && nonce
          ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]
          : sources;
      return `${name} ${all.join(" ")}`;
    })
    .join("; ");
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}
