// Account → Access tokens: the signed-in user's own API tokens (create, list, revoke).
import { createOwnApiToken, revokeOwnApiToken } from "@/app/(desk)/account/token-actions";
import type { CurrentUser } from "@/lib/auth/current-user";
import { permits } from "@/lib/auth/authorized";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenTable } from "@/components/tokens/token-table";

export async function AccessTokensSection({ user }: { user: CurrentUser }) {
  if (!permits(user, "account:tokens")) return null;
  const tokens = await listApiTokens({ userId: user.id });
  return (
    <section aria-labelledby="access-tokens">
      <h2 id="access-tokens">Access tokens</h2>
      <p className="muted">
        Tokens let scripts and other systems use the API (<a href="/api/docs">/api/docs</a>) as you,
        limited to the scopes you give them and to what your role may do. A revoked token stops
        working at once.
      </p>
      <CreateTokenForm
        owners={[{ id: user.id, label: user.email, role: user.role }]}
        action={createOwnApiToken}
      />
      <h3>Your tokens</h3>
      <TokenTable tokens={tokens} revoke={revokeOwnApiToken} />
    </section>
  );
}
