// Users the e2e harness (scripts/test-e2e.ts) creates in the throw-away database.
export const E2E_PASSWORD = "e2e-password-123";

export const E2E_USERS = {
  admin: { email: "admin@e2e.test", name: "Ada Admin", role: "ADMIN" },
  editor: { email: "editor@e2e.test", name: "Ed Editor", role: "EDITOR" },
  editor2: { email: "editor2@e2e.test", name: "Eve Editor", role: "EDITOR" },
  reviewer: { email: "reviewer@e2e.test", name: "Rita Reviewer", role: "REVIEWER" },
  viewer: { email: "viewer@e2e.test", name: "Vic Viewer", role: "VIEWER" },
  // Changes its own password in e2e/account-security.spec.ts; no other spec uses it.
  account: { email: "account@e2e.test", name: "Andy Account", role: "VIEWER" },
  // Set up two-factor sign-in in e2e/two-factor.spec.ts; no other spec uses them.
  twoFactor: { email: "twofactor@e2e.test", name: "Tess Twofactor", role: "ADMIN" },
  heldReviewer: { email: "held@e2e.test", name: "Hal Held", role: "REVIEWER" },
  // Their inboxes are read in e2e/notifications.spec.ts; no other spec uses them.
  notified: { email: "notified@e2e.test", name: "Nora Notified", role: "EDITOR" },
  mentioned: { email: "mentioned@e2e.test", name: "Milo Mentioned", role: "VIEWER" },
} as const;

export type E2EUserKey = keyof typeof E2E_USERS;
