import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportForm } from "@/components/publishing/export-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listPublicFilters } from "@/lib/publishing/list-published-checks";
import { listExportSpeakers } from "@/lib/export/list-export-speakers";

export const metadata = { title: "Reports" };

export default async function ReportsPage() {
  if (!can((await getCurrentUser())?.role, "report:export")) notFound();
  const [speakers, { ratings }] = await Promise.all([listExportSpeakers(), listPublicFilters()]);
  return (
    <>
      <h1>Reports</h1>
      <p className="muted">
        Exports every claim matching the filter: CSV for spreadsheets, JSON with sources and
        history, the ClaimReview feed of live fact-checks, or a PDF report. Dates are the date the
        claim was made (its article&apos;s date).
      </p>
      {speakers.length === 0 && (
        <p className="notice" data-testid="reports-empty">
          There are no claims to report on yet: <Link href="/import">import an article</Link> or{" "}
          <Link href="/claims/new">add a claim</Link> first.
        </p>
      )}
      <ExportForm speakers={speakers} ratings={ratings} />
    </>
  );
}
