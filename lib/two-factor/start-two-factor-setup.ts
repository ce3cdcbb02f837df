import "server-only";
import QRCode from "qrcode";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import type { CurrentUser } from "../auth/user-for-session";
import { conflict } from "../auth/errors";
import { sealSecret } from "./secret-box";
import { newTotpSecret, totpUri } from "./totp";

/**
 * Starts (or restarts) enrolment: a new secret, waiting for the first code. The secret is shown
 * now, as a QR code (a data: URL, so no script and no request leaves the page) and as text for
 * typing in; once enrolment completes it is never shown again.
 */
export async function startTwoFactorSetup({ user }: { user: CurrentUser }) {
  const secret = newTotpSecret();
  await prisma.$transaction(async (tx) => {
    const current = await tx.twoFactor.findUnique({ where: { userId: user.id } });
    if (current?.enabledAt) throw conflict("Two-factor sign-in is already on for your account.");
    await tx.twoFactor.upsert({
      where: { userId: user.id },
      create: { userId: user.id, secret: sealSecret(secret) },
      update: { secret: sealSecret(secret), lastUsedStep: null },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.twoFactor.start",
      entityType: "user",
      entityId: user.id,
    });
  });
  const uri = totpUri(user.email, secret);
  return { secret, qrCode: await QRCode.toDataURL(uri, { margin: 2, width: 240 }) };
}
