import "server-only";
import { prisma } from "../db";
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

export const THROTTLED_MESSAGE = "Too many failed sign-in attempts. Wait a minute and try again.";

/**
 * Checks the credentials and opens a server-side session. Throws an Error whose message is
 * shown on the sign-in form. `ip` is the client address from lib/auth/client-address.ts.
 */
export async function signInWithPassword(
  raw: unknown,
  meta: { ip: string; userAgent?: string },
): Promise<SignedIn> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new Error("Enter your email and password.");
  const { email, password } = parsed.data;
  const attempt = await reserveSignInAttempt(email, meta.ip);
  if (!attempt.allowed) throw new Error(THROTTLED_MESSAGE);
  const user = await prisma.user.findUnique({ where: { email } });
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
