import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import type { CurrentUser } from "../auth/user-for-session";
import { conflict } from "../auth/errors";
import { recordSecurityEvent } from "../security/record-security-event";
import { SECURITY_SETTINGS_KEY, twoFactorRequired } from "./two-factor-requirement";

/**
 * Turns "require two-factor for ADMIN and REVIEWER" on or off. The admin turning it on must have
 * two-factor themselves, or the setting would shut them out of the desk at once.
 */
export async function setTwoFactorRequirement({
  user,
  required,
}: {
  user: CurrentUser;
  required: boolean;
}) {
  if (required) {
    const own = await prisma.twoFactor.findUnique({ where: { userId: user.id } });
    if (!own?.enabledAt)
      throw conflict(
        "Set up two-factor sign-in for yourself first (Your account → Two-factor sign-in); otherwise this setting would lock you out.",
      );
  }
  const before = await twoFactorRequired();
  await prisma.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: SECURITY_SETTINGS_KEY },
      create: { key: SECURITY_SETTINGS_KEY, value: { requireTwoFactor: required } },
      update: { value: { requireTwoFactor: required } },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "settings.twoFactor",
      entityType: "settings",
      entityId: SECURITY_SETTINGS_KEY,
      before: { requireTwoFactor: before },
      after: { requireTwoFactor: required },
    });
    await recordSecurityEvent(
      {
        kind: "twofactor.required",
        actorId: user.id,
        email: user.email,
        detail: { required, before },
      },
      tx,
    );
  });
  return { required };
}
