import { ChangePasswordForm } from "@/components/account/change-password-form";
import { AccessTokensSection } from "@/components/account/access-tokens-section";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getTwoFactorStatus } from "@/lib/two-factor/get-two-factor-status";
import { TWO_FACTOR_PATH } from "@/lib/two-factor/two-factor.schema";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { getNotificationPreferences } from "@/lib/notifications/notification-preferences";
import { emailConfigured } from "@/lib/notifications/notification-queue";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = (await getCurrentUser())!; // the desk layout has signed-out visitors sign in
  const [twoFactor, preferences] = await Promise.all([
    getTwoFactorStatus(user.id),
    getNotificationPreferences(user.id),
  ]);
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email} · {user.role.toLowerCase()}
      </p>
      <h2>Change password</h2>
      <p className="muted">Changing it signs you out everywhere else.</p>
      <ChangePasswordForm />
      <h2>Two-factor sign-in</h2>
      <p>
        {twoFactor.enabledAt
          ? `On: signing in asks for a code from your app (${twoFactor.recoveryCodesLeft} recovery codes left).`
          : "Off: signing in needs only your password."}{" "}
        <Link href={TWO_FACTOR_PATH}>
          {twoFactor.enabledAt ? "Manage" : "Set up"} two-factor sign-in
        </Link>
      </p>
      <AccessTokensSection user={user} />
      <h2 id="notifications">Notifications</h2>
      <NotificationPreferencesForm preferences={preferences} emailConfigured={emailConfigured()} />
    </>
  );
}
