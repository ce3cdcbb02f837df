// Decides whether the Next.js build is current: a hash of everything that goes into it.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";
import { secureSite } from "../../lib/security/secure-site";

const INPUTS = [
  "app/**/*",
  "components/**/*",
  "lib/**/*.{ts,tsx,json}",
  "!lib/**/__tests__/**",
  "!lib/generated/**",
  "prisma/schema.prisma",
  "next.config.js",
  "proxy.ts",
  "tsconfig.json",
  "package-lock.json",
  "public/**/*",
];

export function sourceHash(env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  for (const file of globSync(INPUTS).sort()) {
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  // next.config.js sends HSTS only when the site is https; that is decided when it builds.
  hash.update(secureSite(env) ? "https" : "http");
  return hash.digest("hex");
}

const stampFile = (distDir: string) => join(distDir, "claimdesk-build-stamp");

export function buildIsCurrent(distDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    existsSync(join(distDir, "BUILD_ID")) &&
    existsSync(stampFile(distDir)) &&
    readFileSync(stampFile(distDir), "utf8") === sourceHash(env)
  );
}

export function markBuilt(distDir: string, hash: string): void {
  writeFileSync(stampFile(distDir), hash);
}
