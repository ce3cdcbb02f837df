import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { permits } from "@/lib/auth/authorized";
import type { Permission } from "@/lib/auth/permissions";
import { SignOutButton } from "./sign-out-button";

const LINKS: { href: string; label: string; permission: Permission }[] = [
  { href: "/desk", label: "Dashboard", permission: "desk:read" },
  { href: "/queue", label: "Queue", permission: "desk:read" },
  { href: "/import", label: "Import", permission: "article:import" },
  { href: "/claims/new", label: "Add claim", permission: "claim:triage" },
  { href: "/speakers", label: "Speakers", permission: "desk:read" },
  { href: "/publish", label: "Publishing", permission: "verdict:publish" },
  { href: "/reports", label: "Reports", permission: "report:export" },
  { href: "/admin", label: "Admin", permission: "user:manage" },
];

export function DeskNav({ user, unread }: { user: CurrentUser; unread: number }) {
  return (
    <nav className="desk-nav" aria-label="Desk">
      <Link href="/desk" className="brand">
        Claimdesk
      </Link>
      {LINKS.filter((l) => permits(user, l.permission)).map((l) => (
        <Link key={l.href} href={l.href}>
          {l.label}
        </Link>
      ))}
      <span className="spacer" />
      <Link href="/inbox" data-testid="inbox-link">
        Inbox
        {unread > 0 && (
          <>
            {" "}
            <span className="badge" data-testid="unread-count">
              {unread}
            </span>
            <span className="sr-only"> unread</span>
          </>
        )}
      </Link>
      <Link href="/checks">Public site</Link>
      <Link href="/account" className="muted" data-testid="whoami">
        {user.name} · {user.role.toLowerCase()}
      </Link>
      <SignOutButton />
    </nav>
  );
}
