// `Authorization: Bearer cdk_…` → the token's user, carrying the token's scopes (checkPermission
// intersects them with the role). Counts the request against the token's per-minute rate.
import "server-only";
import { sql } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { ActionError } from "../auth/errors";
import type { Role } from "../generated/prisma/enums";
import { mustSetUpTwoFactor } from "../two-factor/two-factor-requirement";
import type { TokenScope } from "./token-scopes";
import { parseToken, secretMatches } from "./token-secret";

export const DEFAULT_API_RATE_PER_MINUTE = 600;

/** Requests one token may make per minute (API_RATE_PER_MINUTE, default 600). */
export function apiRatePerMinute(): number {
  const n = Number(process.env.API_RATE_PER_MINUTE);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_API_RATE_PER_MINUTE;
}

export class RateLimitedError extends ActionError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      "TOO_MANY",
      `This token made more than ${apiRatePerMinute()} requests this minute; retry in ${retryAfterSeconds} s.`,
    );
  }
}

const unauthenticated = (why: string) =>
  new ActionError(
    "UNAUTHENTICATED",
    `${why} Send "Authorization: Bearer <token>" with a valid API token.`,
  );

export interface TokenUser extends CurrentUser {
  scopes: readonly TokenScope[];
  tokenId: string;
}

export async function authenticateApiToken(authorization: string | null): Promise<TokenUser> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (!bearer) throw unauthenticated("No API token was sent.");
  const parsed = parseToken(bearer);
  if (!parsed) throw unauthenticated("That is not a Claimdesk API token.");
  const [row] = await sql<
    {
      secretHash: string;
      revoked: boolean;
      expired: boolean;
      userId: string;
      email: string;
      name: string;
      role: Role;
      active: boolean;
      twoFactorEnabled: boolean;
      scopes: TokenScope[];
    }[]
  >`
    select t."secretHash", t."revokedAt" is not null as revoked,
           coalesce(t."expiresAt" <= now(), false) as expired, t.scopes,
           u.id as "userId", u.email, u.name, u.role, u.active,
           coalesce(tf."enabledAt" is not null, false) as "twoFactorEnabled"
      from api_tokens t
      join users u on u.id = t."userId"
      left join two_factor tf on tf."userId" = u.id
     where t.id = ${parsed.id}::uuid`;
  if (!row || !secretMatches(parsed.secret, row.secretHash)) {
    throw unauthenticated("That API token is not known.");
  }
  if (row.revoked) throw unauthenticated("That API token was revoked.");
  if (row.expired) throw unauthenticated("That API token has expired.");
  if (!row.active) throw unauthenticated("The account of that API token is deactivated.");
  // Only a proven token is counted (a guessed id cannot use up its rate). One statement under the
  // row lock: concurrent requests of one token count one after another.
  const [count] = await sql<{ windowCount: number; retryAfter: number }[]>`
    update api_tokens t
       set "windowStart" = case when t."windowStart" <= now() - interval '1 minute' then now() else t."windowStart" end,
           "windowCount" = case when t."windowStart" <= now() - interval '1 minute' then 1 else t."windowCount" + 1 end,
           "lastUsedAt" = now()
     where t.id = ${parsed.id}::uuid
     returning t."windowCount",
               greatest(1, ceil(extract(epoch from t."windowStart" + interval '1 minute' - now())))::int as "retryAfter"`;
  if (!count) throw unauthenticated("That API token is not known.");
  if (count.windowCount > apiRatePerMinute()) throw new RateLimitedError(count.retryAfter);
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    sid: "",
    scopes: row.scopes,
    tokenId: parsed.id,
    mustSetUpTwoFactor: await mustSetUpTwoFactor({
      role: row.role,
      twoFactorEnabled: row.twoFactorEnabled,
    }),
  };
}
