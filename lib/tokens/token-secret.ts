// The token's wire form `cdk_<token id>_<secret>`: the id finds the row, the secret is compared
// as SHA-256 digests in constant time. Only the digest is stored.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const TOKEN = /^cdk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function formatToken(id: string, secret: string): string {
  return `cdk_${id.replaceAll("-", "")}_${secret}`;
}

export function parseToken(token: string): { id: string; secret: string } | null {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const hex = m[1]!;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { id, secret: m[2]! };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
