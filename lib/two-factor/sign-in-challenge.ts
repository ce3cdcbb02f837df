// The ticket between the two sign-in steps: issued only after a correct password, bound to that
// user, valid for a few minutes, dropped after a few wrong codes, deleted when used. The browser
// holds a random token; the database only its SHA-256.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "../db";

export const CHALLENGE_TTL_MS = 5 * 60_000;
export const MAX_CODE_FAILURES_PER_CHALLENGE = 5;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new ticket for `userId`; any earlier one of theirs (and every expired one) is dropped. */
export async function issueSignInChallenge(userId: string, ip: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.$transaction([
    prisma.twoFactorChallenge.deleteMany({
      where: { OR: [{ userId }, { expiresAt: { lt: new Date() } }] },
    }),
    prisma.twoFactorChallenge.create({
      data: { id: digest(token), userId, ip, expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS) },
    }),
  ]);
  return token;
}

/** The live ticket for `token` with its user, or null (unknown, used or expired). */
export async function findSignInChallenge(token: string) {
  const challenge = await prisma.twoFactorChallenge.findUnique({
    where: { id: digest(token) },
    include: { user: true },
  });
  return challenge && challenge.expiresAt > new Date() ? challenge : null;
}

export async function recordChallengeFailure(id: string): Promise<void> {
  const { failures } = await prisma.twoFactorChallenge.update({
    where: { id },
    data: { failures: { increment: 1 } },
  });
  if (failures >= MAX_CODE_FAILURES_PER_CHALLENGE)
    await prisma.twoFactorChallenge.deleteMany({ where: { id } });
}

/** Uses the ticket up; false when it was already used (a parallel request) or has expired. */
export async function consumeSignInChallenge(id: string): Promise<boolean> {
  const { count } = await prisma.twoFactorChallenge.deleteMany({
    where: { id, expiresAt: { gt: new Date() } },
  });
  return count === 1;
}
