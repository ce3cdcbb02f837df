// Decides whether the Next.js build is current: a hash of everything that goes into it.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";

const INPUTS = [
  "app/**/*", "components/**/*", "lib/**/*.{ts,tsx,json}", "!lib/**/__tests__/**", "!lib/generated/**",
  "prisma/schema.prisma", "next.config.js", "tsconfig.json", "package-lock.json", "public/**/*",
];

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of globSync(INPUTS).sort()) {
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

const stampFile = (distDir: string) => join(distDir, "claimdesk-build-stamp");

export function buildIsCurrent(distDir: string): boolean {
  return (
    existsSync(join(distDir, "BUILD_ID")) &&
    existsSync(stampFile(distDir)) &&
    readFileSync(stampFile(distDir), "utf8") === sourceHash()
  );
}

export function markBuilt(distDir: string, hash: string): void {
  writeFileSync(stampFile(distDir), hash);
}
