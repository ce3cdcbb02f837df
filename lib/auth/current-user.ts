import "server-only";
import { getServerSession } from "next-auth";
import { prisma } from "../db";
import type { Role } from "../generated/prisma/enums";
import { authOptions } from "./auth-options";
import { TOUCH_INTERVAL_MS, sessionEndReason } from "./session-policy";

const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sid: string;
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
    include: { user: true },
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
  const { id, email, name, role } = session.user;
  return { id, email, name, role, sid };
}

/** The signed-in user, checked against the database on every call (deactivation is immediate). */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  return userForSession(session?.sid);
}
