const ROLE_LABELS = {
  VIEWER: "Viewer",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  ADMIN: "Admin",
} as const;

/** The <option>s of a role picker, least to most powerful. */
export function RoleOptions() {
  return Object.entries(ROLE_LABELS).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
