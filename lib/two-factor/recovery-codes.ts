import { randomInt } from "node:crypto";
import { hashPassword } from "../auth/password";

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/i/l: codes are read off paper. 10 characters ≈ 49 bits, and guesses are throttled.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const LENGTH = 10;

/** Fresh codes as shown to the user once ("abcde-fghjk"), with the argon2id hashes to store. */
export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const raw = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  );
  const hashes = await Promise.all(raw.map((code) => hashPassword(code)));
  return { codes: raw.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`), hashes };
}

/** A typed recovery code in stored form (lower case, no dash or spaces), or null. */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, "");
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
