import {
  consumeSignInChallenge,
  findSignInChallenge,
  recordChallengeFailure,
} from "../two-factor/sign-in-challenge";
import {
  SIGN_IN_EXPIRED_MESSAGE,
  WRONG_CODE_MESSAGE,
  twoFactorSignInSchema,
} from "../two-factor/two-factor.schema";
import { verifySecondFactor } from "../two-factor/verify-second-factor";
import { THROTTLED_MESSAGE, openSession, type SignInMeta, type SignedIn } from "./sign-in";
import { reserveSignInAttempt, settleSignInAttempt } from "./throttle";

/**
 * The second sign-in step: the ticket from a correct password plus a current code or a recovery
 * code. Wrong codes count against the same throttle as wrong passwords and are security events.
 */
export async function signInWithCode(raw: unknown, meta: SignInMeta): Promise<SignedIn> {
  const parsed = twoFactorSignInSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error("Enter the 6-digit code from your app, or one of your recovery codes.");
  const challenge = await findSignInChallenge(parsed.data.challenge);
  if (!challenge?.user.active) throw new Error(SIGN_IN_EXPIRED_MESSAGE);
  const { user } = challenge;
  const attempt = await reserveSignInAttempt(user.email, meta.ip);
  if (!attempt.allowed) throw new Error(THROTTLED_MESSAGE);
  const verified = await verifySecondFactor({
    userId: user.id,
    code: parsed.data.code,
    ip: meta.ip,
  });
  if (!verified) {
    await settleSignInAttempt(attempt.attemptId, {
      ok: false,
      kind: "twofactor.failed",
      email: user.email,
      ip: meta.ip,
      userId: user.id,
    });
    await recordChallengeFailure(challenge.id);
    throw new Error(WRONG_CODE_MESSAGE);
  }
  await settleSignInAttempt(attempt.attemptId, { ok: true });
  if (!(await consumeSignInChallenge(challenge.id))) throw new Error(SIGN_IN_EXPIRED_MESSAGE);
  return openSession(user, meta);
}
