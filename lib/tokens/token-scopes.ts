// What each API token scope may reach, as permissions of the one role map (lib/auth/permissions.ts).
// A token's power is its scopes intersected with its user's role: checkPermission applies both.
import type { Permission } from "../auth/permissions";

export const TOKEN_SCOPES = ["read", "claims:write", "import", "publish"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

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
