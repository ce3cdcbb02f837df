import { DateText } from "@/components/publishing/dates";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WeeklyChart } from "@/components/publishing/weekly-chart";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getDeskDashboard } from "@/lib/dashboard/get-desk-dashboard";
import { statusLabel } from "@/lib/workflow/claim-workflow";

export const metadata = { title: "Dashboard" };

function ageDays(d: Date): number {
  return Math.floor((Date.now() - d.getTime()) / 86_400_000);
}

export default async function DashboardPage() {
  if (!can((await getCurrentUser())?.role, "desk:read")) notFound();
  const d = await getDeskDashboard();
  return (
    <>
      <h1>Dashboard</h1>
      <div style={{ display: "flex", gap: "2rem", flexWrap: "wrap" }}>
        <CountTable
          id="status-h"
          title="Claims by status"
          rows={d.byStatus.map((s) => ({ label: statusLabel(s.status), count: s.count }))}
          empty={
            <>
              No claims yet: <Link href="/import">import an article</Link> to find some.
            </>
          }
        />
        <CountTable
          id="rating-h"
          title="Verdicts by rating"
          rows={d.byRating}
          empty={
            <>
              No verdicts yet: <Link href="/queue">take a claim from the queue</Link> and rate it.
            </>
          }
        />
      </div>
      <section aria-labelledby="weekly-h">
        <h2 id="weekly-h">Taken and published per week</h2>
        <WeeklyChart weeks={d.weekly} />
        <details>
          <summary>Numbers</summary>
          <table>
            <thead>
              <tr>
                <th>Week of</th>
                <th>Taken</th>
                <th>Published</th>
              </tr>
            </thead>
            <tbody>
              {d.weekly.map((w) => (
                <tr key={String(w.week)}>
                  <td>
                    <DateText value={w.week} />
                  </td>
                  <td>{w.taken}</td>
                  <td>{w.published}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
      <section aria-labelledby="waiting-h">
        <h2 id="waiting-h">Waiting longest for review</h2>
        {d.waiting.length === 0 ? (
          <p className="muted">
            Nothing is waiting for review; claims appear here when an editor submits a verdict.
          </p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Claim</th>
                <th>Speaker</th>
                <th>Waiting</th>
              </tr>
            </thead>
            <tbody>
              {d.waiting.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/claims/${c.id}`}>{c.canonicalText}</Link>
                  </td>
                  <td>{c.speaker.name}</td>
                  <td>{ageDays(c.updatedAt)} days</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p>
        <Link href="/publish">Publishing</Link> · <Link href="/reports">Reports</Link>
      </p>
    </>
  );
}

function CountTable({
  id,
  title,
  rows,
  empty,
}: {
  id: string;
  title: string;
  rows: { label: string; count: number }[];
  /** What to do when there is nothing to count. */
  empty: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.every((r) => r.count === 0) ? (
        <p className="muted">{empty}</p>
      ) : (
        <table>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
