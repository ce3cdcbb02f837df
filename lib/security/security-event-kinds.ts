// The kinds of security event; security_events.kind holds one of these (a string, so new kinds
// such as two-factor enrolment need no migration).
export const SECURITY_EVENT_KINDS = [
  "signin.failed", // wrong password or unknown account
  "signin.throttled", // lockout: too many failures for the account or the address (once a minute per key)
  "permission.denied", // FORBIDDEN from the action gate or a route handler
  "user.role", // an admin changed someone's role
  "user.password", // a password was changed or reset
  "twofactor.failed", // a wrong or reused two-factor code (sign-in, turning it off, new recovery codes)
  "twofactor.enrolled", // a user set two-factor sign-in up
  "twofactor.disabled", // a user turned their two-factor sign-in off
  "twofactor.reset", // an admin removed someone's two-factor sign-in (lost phone)
  "twofactor.recovery_used", // a recovery code was used (and is spent)
  "twofactor.recovery_renewed", // a user replaced their recovery codes
  "twofactor.required", // an admin turned "require two-factor for ADMIN and REVIEWER" on or off
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];
