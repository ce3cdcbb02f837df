import Link from "next/link";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/dates/format-date";
import { listInbox } from "@/lib/notifications/list-inbox";

export const metadata = { title: "Inbox" };

export default async function InboxPage() {
  const user = (await getCurrentUser())!; // the desk layout has signed-out visitors sign in
  const items = await listInbox({ user });
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <>
      <div className="page-head">
        <h1>Inbox</h1>
        {unread > 0 && <MarkReadButton label="Mark all read" />}
      </div>
      <p className="muted small">
        Choose what you are told about, and where, under{" "}
        <Link href="/account#notifications">Your account</Link>.
      </p>
      {items.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ul className="inbox" data-testid="inbox">
          {items.map((n) => (
            <li key={n.id} data-testid="inbox-item" data-unread={!n.readAt}>
              {n.readAt ? <span>{n.text}</span> : <strong>{n.text}</strong>}{" "}
              <span className="muted small">{formatDateTime(n.createdAt)}</span>{" "}
              {n.claimId && <Link href={`/claims/${n.claimId}`}>Open the claim</Link>}{" "}
              {!n.readAt && <MarkReadButton notificationId={n.id} label="Mark read" />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
