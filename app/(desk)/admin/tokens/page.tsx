import Link from "next/link";
import { notFound } from "next/navigation";
import { createApiToken, revokeApiToken } from "./actions";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { getCurrentUser } from "@/lib/auth/current-user";
import { permits } from "@/lib/auth/authorized";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { listUsers } from "@/lib/users/list-users";

export const metadata = { title: "Access tokens" };

export default async function AdminTokensPage() {
  const user = await getCurrentUser();
  if (!user || !permits(user, "token:manage")) notFound();
  const [tokens, users] = await Promise.all([listApiTokens(), listUsers()]);
  const owners = users
    .filter((u) => u.active)
    .map((u) => ({
      id: u.id,
      label: `${u.name} <${u.email}> (${u.role.toLowerCase()})`,
      role: u.role,
    }));
  return (
    <>
      <p className="muted small">
        <Link href="/admin">← Admin</Link>
      </p>
      <h1>Access tokens</h1>
      <p className="muted">
        Every user's API tokens. A token acts as its user, limited to its scopes and the user's
        role; revoking one stops it at once. The same as <code>cli -- tokens</code>.
      </p>
      <h2>Create a token for a user</h2>
      <CreateTokenForm owners={owners} action={createApiToken} />
      <h2>All tokens</h2>
      <TokenTable tokens={tokens} showOwner revoke={revokeApiToken} />
    </>
  );
}
