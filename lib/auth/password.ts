import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

export { MIN_PASSWORD_LENGTH } from "./password-rules";

// argon2id with the OWASP-recommended minimums (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let verifications = 0;
/** How many argon2 verifications this process ran (tests check that throttling stops them). */
export const passwordVerificationCount = () => verifications;

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  verifications++;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

// A hash of a random password with the same parameters: checking an unknown or deactivated
// account against it costs the same argon2 work as a real one, so timing tells nothing.
let dummyHash: Promise<string> | null = null;

/** Runs a full argon2 verification that always fails. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(generatePassword());
  await verifyPassword(await dummyHash, password);
  return false;
}
