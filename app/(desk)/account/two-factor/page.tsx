import Link from "next/link";
import { IdentityCheckForm } from "@/components/account/identity-check-form";
import { TwoFactorSetup } from "@/components/account/two-factor-setup";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getTwoFactorStatus } from "@/lib/two-factor/get-two-factor-status";

export const metadata = { title: "Two-factor sign-in" };

export default async function TwoFactorPage() {
  const user = (await getCurrentUser())!; // the desk layout has signed-out visitors sign in
  const status = await getTwoFactorStatus(user.id);
  return (
    <>
      <p className="muted small">
        <Link href="/account">← Your account</Link>
      </p>
      <h1>Two-factor sign-in</h1>
      {user.mustSetUpTwoFactor && (
        <p className="notice" data-testid="two-factor-required">
          Your role must use two-factor sign-in. Set it up here to use the desk.
        </p>
      )}
      {status.enabledAt ? (
        <>
          <p data-testid="two-factor-status">
            On since {status.enabledAt.toISOString().slice(0, 10)}. {status.recoveryCodesLeft} of 10
            recovery codes left.
          </p>
          <h2>New recovery codes</h2>
          <p className="muted">Your old recovery codes stop working.</p>
          <IdentityCheckForm purpose="renew" />
          <h2>Turn two-factor sign-in off</h2>
          <IdentityCheckForm purpose="disable" />
        </>
      ) : (
        <TwoFactorSetup email={user.email} />
      )}
    </>
  );
}
