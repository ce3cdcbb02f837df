import { getServerSession } from "next-auth";
import { prisma } from "../db";
import type { Role } from "../generated/prisma/enums";
import { authOptions } from "./auth-options";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sid: string;
}

/** Resolves a session id to its user; null when the session ended or the user is deactivated. */
export async function userForSession(sid: string | undefined): Promise<CurrentUser | null> {
  if (!sid) return null;
  const session = await prisma.userSession.findUnique({ where: { id: sid }, include: { user: true } });
  if (!session || session.expiresAt < new Date() || !session.user.active) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role, sid };
}

/** The signed-in user, checked against the database on every call (deactivation is immediate). */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  return userForSession(session?.sid);
}
