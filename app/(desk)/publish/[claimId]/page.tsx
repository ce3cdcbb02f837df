import { notFound } from "next/navigation";
import { CorrectForm } from "@/components/publishing/correct-form";
import { PublishForm } from "@/components/publishing/publish-form";
import { UnpublishForm } from "@/components/publishing/unpublish-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getPublishingClaim } from "@/lib/publishing/get-publishing-claim";
import { statusLabel } from "@/lib/workflow/claim-workflow";
import { claimCapabilities } from "@/lib/claims/claim-capabilities";

export const metadata = { title: "Publish" };

export default async function PublishClaimPage({
  params,
}: {
  params: Promise<{ claimId: string }>;
}) {
  const user = await getCurrentUser();
  if (!user) notFound();
  const data = await getPublishingClaim(user, (await params).claimId);
  if (!data) notFound();
  const { claim, ratings } = data;
  const mayPublish = can(user.role, "verdict:publish");
  const { moves } = claimCapabilities(user, claim);
  const pub = claim.publication;
  return (
    <>
      <h1>{claim.canonicalText}</h1>
      <p className="muted">
        {claim.speaker.name} · status:{" "}
        <strong data-testid="claim-status">{statusLabel(claim.status)}</strong>
        {pub && (
          <>
            {" "}
            · public page: <a href={`/checks/${pub.slug}`}>/checks/{pub.slug}</a> (
            {pub.status.toLowerCase()})
          </>
        )}
      </p>
      {claim.verdict && (
        <section aria-labelledby="verdict-h">
          <h2 id="verdict-h">Verdict</h2>
          <p>
            <strong>{claim.verdict.rating?.label ?? "Unrated"}</strong> — {claim.verdict.conclusion}
          </p>
        </section>
      )}
      {!mayPublish && (
        <p className="muted">
          Only reviewers and admins publish, correct and withdraw fact-checks.
        </p>
      )}
      {moves.includes("publish") && (
        <section aria-labelledby="publish-h">
          <h2 id="publish-h">Publish</h2>
          <PublishForm claimId={claim.id} shortText={data.shortText} />
        </section>
      )}
      {moves.includes("unpublish") && pub && claim.verdict && (
        <>
          <section aria-labelledby="correct-h">
            <h2 id="correct-h">Correct the published verdict</h2>
            <CorrectForm
              claimId={claim.id}
              expectedVersion={pub.version}
              ratingId={claim.verdict.ratingId}
              conclusion={claim.verdict.conclusion}
              analysis={claim.verdict.analysis}
              ratings={ratings.map((r) => ({ id: r.id, label: r.label }))}
            />
          </section>
          <section aria-labelledby="withdraw-h">
            <h2 id="withdraw-h">Withdraw</h2>
            <UnpublishForm claimId={claim.id} expectedVersion={pub.version} />
          </section>
        </>
      )}
      {mayPublish && !moves.includes("publish") && !moves.includes("unpublish") && (
        <p>
          This claim is {statusLabel(claim.status).toLowerCase()}; only approved verdicts can be
          published.
        </p>
      )}
    </>
  );
}
