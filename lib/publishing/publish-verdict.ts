// Publishes an approved verdict: the claim moves APPROVED → PUBLISHED and its public page goes
// live at /checks/<claim slug>, showing the approved verdict revision. The page is rendered and
// stored in the same transaction (store-published-page.ts), so it is live exactly when it exists.
import "server-only";
import { transaction, type Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { assertMove } from "../workflow/claim-workflow";
import { moveClaim } from "../claims/move-claim";
import { CLAIM_REVIEWED_MAX, fittingClaimText, shortenClaim } from "./claim-reviewed-text";
import { lockClaimForPublishing } from "./lock-claim";
import { snapshotSources } from "./source-snapshot";
import { assertReadyToPublish } from "../settings/publish-checklist";
import { republishPage } from "./store-published-page";
import { notifyVerdictWriters } from "../notifications/notify-claim-people";

/** Publishing renders the page inside the transaction; its first render starts a worker. */
export const PUBLISH_TIMEOUT_MS = 20_000;

export interface PublishVerdictOptions {
  user: CurrentUser;
  claimId: string;
  /** A short form of the claim for claimReviewed; kept on the claim. */
  shortText?: string;
}

export interface PublishResult {
  claimId: string;
  publicationId: string;
  slug: string;
  revision: number;
}

export async function publishVerdict(options: PublishVerdictOptions): Promise<PublishResult> {
  return transaction((tx) => publishInTx(tx, options), { timeout: PUBLISH_TIMEOUT_MS });
}

async function publishInTx(
  tx: Tx,
  { user, claimId, shortText }: PublishVerdictOptions,
): Promise<PublishResult> {
  await assertReadyToPublish(tx);
  const claim = await lockClaimForPublishing(tx, user, claimId);
  assertMove(claim.status, "publish"); // before the checks below, so a wrong state says so first
  const verdict = claim.verdict;
  if (!verdict?.conclusion.trim()) {
    throw invalid("This claim has no verdict conclusion to publish.");
  }
  const short = shortText ?? claim.shortText;
  if (!fittingClaimText(short, claim.canonicalText)) {
    const message =
      `The claim is ${claim.canonicalText.length} characters; search engines show at most ${CLAIM_REVIEWED_MAX}. ` +
      `Write a short form of the claim, e.g. "${shortenClaim(claim.canonicalText)}".`;
    throw invalid(message, { shortText: [message] });
  }

  // The approved revision is what goes public; snapshot one if approval did not leave it.
  let revision = await tx.verdictRevision.findUnique({
    where: { verdictId_revision: { verdictId: verdict.id, revision: verdict.revision } },
  });
  if (!revision) {
    const last = await tx.verdictRevision.aggregate({
      where: { verdictId: verdict.id },
      _max: { revision: true },
    });
    revision = await tx.verdictRevision.create({
      data: {
        verdictId: verdict.id,
        revision: Math.max(verdict.revision, last._max.revision ?? 0) + 1,
        ratingId: verdict.ratingId,
        conclusion: verdict.conclusion,
        analysis: verdict.analysis,
        sourcesJson: await snapshotSources(tx, claim.id),
        authorId: verdict.authorId,
      },
    });
    await tx.verdict.update({ where: { id: verdict.id }, data: { revision: revision.revision } });
  }

  const now = new Date();
  const live = {
    status: "LIVE" as const,
    revision: revision.revision,
    publishedById: user.id,
    updatedAt: now,
  };
  const publication = claim.publication
    ? await tx.publication.update({
        where: { id: claim.publication.id },
        data: { ...live, unpublishedAt: null, unpublishedReason: null, version: { increment: 1 } },
      })
    : await tx.publication.create({
        data: { ...live, claimId: claim.id, slug: claim.slug, firstPublishedAt: now },
      });

  // The claim's own change goes the way of every move (state check, version, audit, announcement).
  const moved = await moveClaim(tx, {
    user,
    claimId: claim.id,
    move: "publish",
    expectedVersion: claim.version,
    data: { shortText: short ?? null },
    auditBefore: { publication: claim.publication?.status ?? null },
    audit: { publicationId: publication.id, slug: publication.slug, revision: revision.revision },
  });
  await notifyVerdictWriters(tx, { kind: "CHECK_PUBLISHED", user, claim: moved });
  await republishPage(tx, publication.slug, "publish");
  return {
    claimId: claim.id,
    publicationId: publication.id,
    slug: publication.slug,
    revision: revision.revision,
  };
}
