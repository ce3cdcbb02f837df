// Session id → user, without next-auth: the proxy (lib/two-factor/two-factor-gate.ts) and the
// live queue resolve sessions through this too.
import "server-only";
import { prisma } from "../db";
import type { Role } from "../generated/prisma/enums";
import type { TokenScope } from "../tokens/token-scopes";
import { mustSetUpTwoFactor } from "../two-factor/two-factor-requirement";
import { TOUCH_INTERVAL_MS, sessionEndReason } from "./session-policy";

const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sid: string;
  /** Held to the enrolment page: the admin setting requires two-factor for this role. */
  mustSetUpTwoFactor: boolean;
  /** Set for an API token's requests: the token's scopes, intersected with the role. */
  scopes?: readonly TokenScope[];
}

/**
 * Resolves a session id to its user; null when the session ended (signed out, idle too long,
 * past its absolute lifetime) or the user is deactivated. A request counts as activity unless
 * `touch` is false (background re-checks such as the live queue's).
 */
export async function userForSession(
  sid: string | undefined,
  options: { touch?: boolean } = {},
): Promise<CurrentUser | null> {
  if (!sid || !isUuid(sid)) return null;
  const session = await prisma.userSession.findUnique({
    where: { id: sid },
    include: { user: { include: { twoFactor: { select: { enabledAt: true } } } } },
  });
  if (!session?.user.active) return null;
  const now = new Date();
  if (sessionEndReason(session, now)) {
    await prisma.userSession.deleteMany({ where: { id: sid } });
    return null;
  }
  if (
    options.touch !== false &&
    now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS
  ) {
    await prisma.userSession.updateMany({ where: { id: sid }, data: { lastSeenAt: now } });
  }
  const { id, email, name, role, twoFactor } = session.user;
  return {
    id,
    email,
    name,
    role,
    sid,
    mustSetUpTwoFactor: await mustSetUpTwoFactor({
      role,
      twoFactorEnabled: !!twoFactor?.enabledAt,
    }),
  };
}
