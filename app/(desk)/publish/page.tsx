import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listPublishingDesk } from "@/lib/publishing/list-publishing-desk";

export const metadata = { title: "Publishing" };

export default async function PublishingPage() {
  if (!can((await getCurrentUser())?.role, "desk:read")) notFound();
  const { approved, live } = await listPublishingDesk();
  return (
    <>
      <h1>Publishing</h1>
      <PublishingTable
        title={`Approved, ready to publish (${approved.length})`}
        claims={approved}
        claimCell={(c) => (
          <>
            {c.canonicalText}
            {c.publication?.status === "UNPUBLISHED" && <span className="badge"> withdrawn</span>}
          </>
        )}
        action="Review and publish"
        empty={
          <>
            No approved verdicts to publish: approve one among the{" "}
            <Link href="/queue?status=IN_REVIEW">claims in review</Link>.
          </>
        }
      />
      <PublishingTable
        title={`Live (${live.length})`}
        claims={live}
        claimCell={(c) => (
          <a href={`/checks/${c.publication?.slug ?? c.slug}`}>{c.canonicalText}</a>
        )}
        action="Correct or withdraw"
        empty="Nothing is live yet: publish an approved verdict above and it appears here."
      />
    </>
  );
}

type DeskClaim = Awaited<ReturnType<typeof listPublishingDesk>>["approved"][number];

function PublishingTable({
  title,
  claims,
  claimCell,
  action,
  empty,
}: {
  title: string;
  claims: DeskClaim[];
  claimCell: (claim: DeskClaim) => React.ReactNode;
  action: string;
  /** What to do when the list is empty. */
  empty: React.ReactNode;
}) {
  return (
    <>
      <h2>{title}</h2>
      {claims.length === 0 ? (
        <p className="muted" data-testid="publish-empty">
          {empty}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Claim</th>
              <th>Speaker</th>
              <th>Rating</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id}>
                <td>{claimCell(c)}</td>
                <td>{c.speaker.name}</td>
                <td>{c.verdict?.rating?.label ?? "—"}</td>
                <td>
                  <Link href={`/publish/${c.id}`}>{action}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
