import { DateText } from "@/components/publishing/dates";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listSecurityEvents } from "@/lib/security/list-security-events";

export const metadata = { title: "Security events" };

export default async function SecurityEventsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const user = await getCurrentUser();
  if (!can(user?.role, "security:read")) notFound();
  const { page, pages, total, events } = await listSecurityEvents({
    page: Number((await searchParams).page ?? 1),
  });
  return (
    <>
      <h1>Security events</h1>
      <p className="muted">
        {total} events, newest first · page {page} of {pages}
      </p>
      <table aria-label="Security events">
        <thead>
          <tr>
            <th>When</th>
            <th>Event</th>
            <th>Account</th>
            <th>By</th>
            <th>Address</th>
            <th>Detail</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>
                <DateText value={e.createdAt} time />
              </td>
              <td>{e.kind}</td>
              <td>{e.email ?? "—"}</td>
              <td>{e.actor ?? "—"}</td>
              <td>{e.ip ?? "—"}</td>
              <td>
                {e.detail
                  ? Object.entries(e.detail)
                      .map(([k, v]) => `${k}: ${String(v)}`)
                      .join(", ")
                  : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="pager">
        {page > 1 && <Link href={`/admin/security?page=${page - 1}`}>Newer</Link>}
        {page < pages && <Link href={`/admin/security?page=${page + 1}`}>Older</Link>}
      </nav>
    </>
  );
}
