// proxy.ts sends a user whom the admin setting holds to enrolment from every desk page to the
// enrolment page, on every request (client-side navigations too). Actions and API routes are
// refused by the action gate (lib/auth/authorized.ts) on the same rule.
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { sessionCookies } from "../auth/session-cookies";
import { userForSession } from "../auth/user-for-session";

export async function heldToTwoFactorSetup(request: NextRequest): Promise<boolean> {
  const token = await getToken({
    req: request,
    secret: process.env.NEXTAUTH_SECRET,
    cookieName: sessionCookies().sessionToken?.name,
  });
  const sid = typeof token?.sid === "string" ? token.sid : undefined;
  if (!sid) return false;
  return (await userForSession(sid, { touch: false }))?.mustSetUpTwoFactor ?? false;
}
