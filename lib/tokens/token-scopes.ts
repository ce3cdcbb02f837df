// What each API token scope may reach, as permissions of the one role map (lib/auth/permissions.ts).
// A token's power is its scopes intersected with its user's role: checkPermission applies both.
import { can, type Permission } from "../auth/permissions";
import type { Role } from "../generated/prisma/enums";

export const TOKEN_SCOPES = ["read", "claims:write", "import", "publish"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** What each scope lets a token do, as the token forms describe it. */
export const SCOPE_LABELS: Record<TokenScope, string> = {
  read: "read claims, published checks and the ClaimReview feed",
  "claims:write": "add claims, triage, take, assign, edit, sources, verdicts and reviews",
  import: "import articles",
  publish: "publish, correct and unpublish checks",
};

export const SCOPE_PERMISSIONS: Record<TokenScope, readonly Permission[]> = {
  read: ["desk:read"],
  "claims:write": [
    "claim:triage",
    "claim:take",
    "claim:assign",
    "claim:edit",
    "source:edit",
    "verdict:edit",
    "verdict:submit",
    "verdict:review",
  ],
  import: ["article:import"],
  publish: ["verdict:publish"],
};

/** The scope a permission needs, or null when no token may use it (accounts, users, settings). */
export function scopeFor(permission: Permission): TokenScope | null {
  for (const scope of TOKEN_SCOPES) {
    if (SCOPE_PERMISSIONS[scope].includes(permission)) return scope;
  }
  return null;
}

/**
 * The scopes a user of `role` may give a token: those granting something the role may do (an
 * editor's claims:write reaches take and edit, not approve; the gate still intersects per call).
 */
export function scopesForRole(role: Role): TokenScope[] {
  return TOKEN_SCOPES.filter((scope) => SCOPE_PERMISSIONS[scope].some((p) => can(role, p)));
}
