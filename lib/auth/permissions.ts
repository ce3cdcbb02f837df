// The one role → permission map. Every server action and mutating route checks one of these
// permissions through lib/auth/authorized.ts; UI only uses it to hide what would be refused.
import type { Role } from "../generated/prisma/enums";

export const PERMISSIONS = [
  "desk:read", // see the queue, claims, articles, dashboard
  "article:import",
  "speaker:edit", // names and aliases of speakers, per language
  "claim:triage", // accept / dismiss import candidates
  "claim:take", // take next, assign self, release
  "claim:assign", // assign others
  "claim:edit", // canonical text, dismiss / restore
  "source:edit",
  "verdict:edit",
  "verdict:submit",
  "verdict:review", // approve / request changes
  "verdict:publish", // publish, correct, unpublish
  "report:export",
  "user:manage",
  "settings:manage", // rating scale, organisation, methodology text
  "audit:read",
  "account:password", // change one's own password
  "account:two-factor", // set up, turn off or renew one's own two-factor sign-in
  "account:tokens", // create, list and revoke one's own API tokens (scopes limited by the role)
  "token:manage", // every user's API tokens: list, revoke, create for a user
  "account:notifications", // one's own inbox (mark read) and notification preferences
  "comment:write", // comment on claims; edit or delete one's own comments
  "webhook:manage", // webhook endpoints, their delivery log and redelivery, private-network targets
  "security:read", // security events (failed sign-ins, lockouts, refusals, role and password changes)
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = [
  "desk:read",
  "account:password",
  "account:two-factor",
  "account:tokens",
  "account:notifications",
];
const EDITOR: Permission[] = [
  ...VIEWER,
  "article:import",
  "speaker:edit",
  "claim:triage",
  "claim:take",
  "claim:edit",
  "source:edit",
  "verdict:edit",
  "verdict:submit",
  "audit:read",
  "comment:write",
];
const REVIEWER: Permission[] = [
  ...EDITOR,
  "claim:assign",
  "verdict:review",
  "verdict:publish",
  "report:export",
];
const ADMIN: Permission[] = [...PERMISSIONS];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  VIEWER: new Set(VIEWER),
  EDITOR: new Set(EDITOR),
  REVIEWER: new Set(REVIEWER),
  ADMIN: new Set(ADMIN),
};

export const ROLES: Role[] = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"];

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? ROLE_PERMISSIONS[role].has(permission) : false;
}
