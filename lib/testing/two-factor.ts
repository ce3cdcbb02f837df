// Test helpers: a user with a real password and two-factor sign-in set up through the use cases.
import "server-only";
import { generate } from "otplib";
import { prisma } from "../db";
import { hashPassword } from "../auth/password";
import type { CurrentUser } from "../auth/user-for-session";
import type { Role } from "../generated/prisma/enums";
import { confirmTwoFactorSetup } from "../two-factor/confirm-two-factor-setup";
import { startTwoFactorSetup } from "../two-factor/start-two-factor-setup";
import { createTestUser } from "./users";

export const TEST_PASSWORD = "correct-horse-battery";

/** The code for the time step after the current one: valid now (one step of drift is allowed) and
 * newer than the step enrolment used, so no test waits for the clock. */
export const nextCode = (secret: string) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

export async function createTwoFactorUser(role: Role = "EDITOR") {
  return enrolTestUser(await createTestUser(role));
}

/** Gives `user` the password TEST_PASSWORD and sets two-factor up for them. */
export async function enrolTestUser(user: CurrentUser) {
  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(TEST_PASSWORD) },
  });
  const { secret } = await startTwoFactorSetup({ user });
  const { recoveryCodes } = await confirmTwoFactorSetup({
    user,
    code: await generate({ secret }),
  });
  return { user, secret, recoveryCodes };
}
