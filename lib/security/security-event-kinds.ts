// The kinds of security event; security_events.kind holds one of these (a string, so new kinds
// such as two-factor enrolment need no migration).
export const SECURITY_EVENT_KINDS = [
  "signin.failed", // wrong password or unknown account
  "signin.throttled", // lockout: too many failures for the account or the address (once a minute per key)
  "permission.denied", // FORBIDDEN from the action gate or a route handler
  "user.role", // an admin changed someone's role
  "user.password", // a password was changed or reset
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];
