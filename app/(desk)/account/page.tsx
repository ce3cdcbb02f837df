import { ChangePasswordForm } from "@/components/account/change-password-form";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = (await getCurrentUser())!; // the desk layout has signed-out visitors sign in
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email} · {user.role.toLowerCase()}
      </p>
      <h2>Change password</h2>
      <p className="muted">Changing it signs you out everywhere else.</p>
      <ChangePasswordForm />
    </>
  );
}
