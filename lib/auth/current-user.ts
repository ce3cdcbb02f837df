import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import { userForSession, type CurrentUser } from "./user-for-session";

export { userForSession, type CurrentUser };

/** The signed-in user, checked against the database on every call (deactivation is immediate). */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  return userForSession(session?.sid);
}
