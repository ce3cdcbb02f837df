// Test helpers: real users with real sessions in the test database.
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db";
import type { Role } from "../generated/prisma/enums";
import type { CurrentUser } from "../auth/current-user";

export async function createTestUser(role: Role, name?: string): Promise<CurrentUser> {
  const tag = randomBytes(4).toString("hex");
  const user = await prisma.user.create({
    data: {
      email: `${role.toLowerCase()}-${tag}@test.claimdesk`,
      name: name ?? `${role[0]}${role.slice(1).toLowerCase()} ${tag}`,
      // Not a valid argon2 hash: these users cannot sign in through the form.
      passwordHash: "test-only",
      role,
    },
  });
  const session = await prisma.userSession.create({
    data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sid: session.id,
    mustSetUpTwoFactor: false,
  };
}
