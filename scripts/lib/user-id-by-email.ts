// For CLI commands that name a user by email.
import { prisma } from "../../lib/db";

export async function userIdByEmail(email: string | undefined): Promise<string> {
  const user = await prisma.user.findUnique({
    where: { email: (email ?? "").trim().toLowerCase() },
  });
  if (!user) throw new Error(`no user with email ${email ?? "(none given: --email E)"}`);
  return user.id;
}
