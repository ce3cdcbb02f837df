import "server-only";
import { prisma } from "../db";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from "../auth/password";
import { writeAudit } from "../audit/write-audit";

export interface FirstAdmin {
  email: string;
  /** Set only when the password was generated now: it is printed once and never stored. */
  generatedPassword: string | null;
  created: boolean;
}

/** Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when the database has no admin. */
export async function ensureFirstAdmin(env: {
  email?: string;
  password?: string;
}): Promise<FirstAdmin> {
  const email = (env.email ?? "admin@claimdesk.local").trim().toLowerCase();
  const existing = await prisma.user.findFirst({
    where: { role: "ADMIN", active: true },
    orderBy: { createdAt: "asc" },
  });
  if (existing) return { email: existing.email, generatedPassword: null, created: false };
  if (env.password !== undefined && env.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const password = env.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: "Administrator", role: "ADMIN", passwordHash },
      update: { role: "ADMIN", active: true, passwordHash },
    });
    await writeAudit(tx, {
      actorId: null,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: { email, role: "ADMIN", by: "first start" },
    });
  });
  return { email, generatedPassword: env.password ? null : password, created: true };
}
