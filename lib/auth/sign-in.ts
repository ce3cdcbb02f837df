import "server-only";
import { prisma } from "../db";
import type { User } from "../generated/prisma/client";
import { issueSignInChallenge } from "../two-factor/sign-in-challenge";
import { TWO_FACTOR_REQUIRED } from "../two-factor/two-factor.schema";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { sessionMaxMs } from "./session-policy";
import { reserveSignInAttempt, settleSignInAttempt } from "./throttle";
import { signInSchema } from "./sign-in.schema";

export interface SignedIn {
  id: string;
  email: string;
  name: string;
  sid: string;
}

export interface SignInMeta {
  ip: string;
  userAgent?: string;
}

export const THROTTLED_MESSAGE = "Too many failed sign-in attempts. Wait a minute and try again.";

/**
 * The password was right but the account uses two-factor sign-in: no session yet. The message
 * carries the second step's ticket back through next-auth (see lib/two-factor/sign-in-challenge.ts).
 */
export class TwoFactorRequired extends Error {
  constructor(readonly challenge: string) {
    super(`${TWO_FACTOR_REQUIRED}${challenge}`);
    this.name = "TwoFactorRequired";
  }
}

/**
 * Checks the credentials and opens a server-side session, or throws TwoFactorRequired for an
 * account with two-factor on. Any other Error's message is shown on the sign-in form. `ip` is
 * the client address from lib/auth/client-address.ts.
 */
export async function signInWithPassword(raw: unknown, meta: SignInMeta): Promise<SignedIn> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new Error("Enter your email and password.");
  const { email, password } = parsed.data;
  const attempt = await reserveSignInAttempt(email, meta.ip);
  if (!attempt.allowed) throw new Error(THROTTLED_MESSAGE);
  const user = await prisma.user.findUnique({
    where: { email },
    include: { twoFactor: { select: { enabledAt: true } } },
  });
  // Unknown and deactivated accounts cost the same argon2 work as a wrong password.
  const ok = user?.active
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);
  if (!ok || !user) {
    await settleSignInAttempt(attempt.attemptId, {
      ok: false,
      email,
      ip: meta.ip,
      userId: user?.id ?? null,
    });
    throw new Error("Wrong email or password.");
  }
  await settleSignInAttempt(attempt.attemptId, { ok: true });
  if (user.twoFactor?.enabledAt)
    throw new TwoFactorRequired(await issueSignInChallenge(user.id, meta.ip));
  return openSession(user, meta);
}

/** A server-side session for a user who passed every sign-in step. */
export async function openSession(user: User, meta: SignInMeta): Promise<SignedIn> {
  const session = await prisma.userSession.create({
    data: {
      userId: user.id,
      expiresAt: new Date(Date.now() + sessionMaxMs()),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
    },
  });
  return { id: user.id, email: user.email, name: user.name, sid: session.id };
}

export async function endSession(sid: string): Promise<void> {
  await prisma.userSession.deleteMany({ where: { id: sid } });
}
