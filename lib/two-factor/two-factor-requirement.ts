import "server-only";
import { prisma } from "../db";
import type { Role } from "../generated/prisma/enums";

/** Roles that must use two-factor sign-in once an admin requires it. */
export const ROLES_REQUIRING_TWO_FACTOR: ReadonlySet<Role> = new Set(["ADMIN", "REVIEWER"]);

export const SECURITY_SETTINGS_KEY = "security";

export const TWO_FACTOR_SETUP_MESSAGE =
  "Two-factor sign-in is required for your role: set it up under Your account → Two-factor sign-in first.";

/** The admin setting "Require two-factor for ADMIN and REVIEWER" (off until turned on). */
export async function twoFactorRequired(): Promise<boolean> {
  const row = await prisma.setting.findUnique({ where: { key: SECURITY_SETTINGS_KEY } });
  return (row?.value as { requireTwoFactor?: unknown } | undefined)?.requireTwoFactor === true;
}

/** The one rule: who is held to the enrolment page until they have set two-factor up. */
export async function mustSetUpTwoFactor(user: {
  role: Role;
  twoFactorEnabled: boolean;
}): Promise<boolean> {
  if (user.twoFactorEnabled || !ROLES_REQUIRING_TWO_FACTOR.has(user.role)) return false;
  return twoFactorRequired();
}
