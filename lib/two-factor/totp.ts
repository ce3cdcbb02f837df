// TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, one step of clock drift either way.
import { generateSecret, generateURI, verify } from "otplib";

const ISSUER = "Claimdesk";
// One step either side: a phone a little behind or ahead still works; a code lives ~90 s at most.
const EPOCH_TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret(); // 20 random bytes, base32
}

export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/**
 * The time step `code` belongs to, or null when it is not a current code. A step at or before
 * `afterStep` (the last one accepted) is refused: a code is good once.
 */
export async function matchTotp(
  secret: string,
  code: string,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: EPOCH_TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
