// TOTP secrets at rest: sealed with AES-256-GCM when TWO_FACTOR_KEY (32 bytes, base64 or hex)
// is set, so a copy of the database alone does not give the codes away.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const SEALED = "v1:";

function key(env: NodeJS.ProcessEnv = process.env): Buffer | null {
  const raw = env.TWO_FACTOR_KEY?.trim();
  if (!raw) return null;
  const bytes = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
  if (bytes.length !== 32)
    throw new Error("TWO_FACTOR_KEY must be 32 bytes, written as 64 hex digits or base64");
  return bytes;
}

export function sealSecret(secret: string): string {
  const k = key();
  if (!k) return secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", k, iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `${SEALED}${[iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".")}`;
}

export function openSecret(stored: string): string {
  if (!stored.startsWith(SEALED)) return stored; // stored while no key was configured
  const k = key();
  if (!k) throw new Error("A two-factor secret is sealed but TWO_FACTOR_KEY is not set");
  const [iv, tag, body] = stored
    .slice(SEALED.length)
    .split(".")
    .map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", k, iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
}
