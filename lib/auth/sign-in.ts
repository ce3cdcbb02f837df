import { prisma } from "../db";
import { verifyPassword } from "./password";
import { assertNotThrottled, recordSignInAttempt } from "./throttle";
import { signInSchema } from "./sign-in.schema";

export const SESSION_MAX_AGE_S = 60 * 60 * 12;


export interface SignedIn {
  id: string;
  email: string;
  name: string;
  sid: string;
}

/**
 * Checks the credentials and opens a server-side session. Throws an Error whose message is
 * shown on the sign-in form.
 */
export async function signInWithPassword(raw: unknown, meta: { ip: string; userAgent?: string }): Promise<SignedIn> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new Error("Enter your email and password.");
  const { email, password } = parsed.data;
  await assertNotThrottled(email, meta.ip);
  const user = await prisma.user.findUnique({ where: { email } });
  const ok = user !== null && user.active && (await verifyPassword(user.passwordHash, password));
  await recordSignInAttempt(email, meta.ip, ok);
  if (!ok || !user) throw new Error("Wrong email or password.");
  const session = await prisma.userSession.create({
    data: {
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_S * 1000),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
    },
  });
  return { id: user.id, email: user.email, name: user.name, sid: session.id };
}

export async function endSession(sid: string): Promise<void> {
  await prisma.userSession.deleteMany({ where: { id: sid } });
}
