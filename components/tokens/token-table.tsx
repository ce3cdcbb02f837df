import type { ActionOutcome } from "@/components/forms/submit-to-action";
import { formatDateTime } from "@/lib/dates/format-date";
import type { ListedApiToken } from "@/lib/tokens/list-api-tokens";
import { RevokeTokenButton } from "./revoke-token-button";

function tokenState(token: ListedApiToken, now: Date): string {
  if (token.revokedAt) return `revoked ${formatDateTime(token.revokedAt)}`;
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

/** API tokens (never their secrets) with last use, expiry and a Revoke button while active. */
export function TokenTable({
  tokens,
  showOwner = false,
  revoke,
}: {
  tokens: readonly ListedApiToken[];
  showOwner?: boolean;
  revoke: (input: unknown) => Promise<ActionOutcome<unknown>>;
}) {
  if (tokens.length === 0) return <p className="muted">No access tokens yet.</p>;
  const now = new Date();
  return (
    <table aria-label="Access tokens">
      <thead>
        <tr>
          <th>Name</th>
          {showOwner && <th>User</th>}
          <th>Scopes</th>
          <th>Created</th>
          <th>Last used</th>
          <th>Expires</th>
          <th>Status</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {tokens.map((t) => {
          const state = tokenState(t, now);
          return (
            <tr key={t.id} data-testid={`token-${t.id}`}>
              <td>{t.name}</td>
              {showOwner && <td>{t.user.email}</td>}
              <td>{t.scopes.join(", ")}</td>
              <td>{formatDateTime(t.createdAt)}</td>
              <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "never"}</td>
              <td>{t.expiresAt ? formatDateTime(t.expiresAt) : "never"}</td>
              <td>{state}</td>
              <td>
                {state === "active" && (
                  <RevokeTokenButton tokenId={t.id} name={t.name} action={revoke} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
