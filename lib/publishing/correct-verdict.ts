// Corrects a published verdict: a new VerdictRevision goes live with a public correction note;
// earlier revisions stay readable at /checks/<slug>/revisions/<n>, as the pages stored then.
import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { conflict, invalid } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { lockClaimForPublishing } from "./lock-claim";
import { snapshotSources } from "./source-snapshot";
import { PUBLISH_TIMEOUT_MS } from "./publish-verdict";
import { republishPage } from "./store-published-page";
import { claimEventData } from "../webhooks/webhook-events";
import { writeWebhookEvents } from "../webhooks/write-webhook-events";

export interface CorrectVerdictOptions {
  user: CurrentUser;
  claimId: string;
  /** The publication version the editor saw. */
  expectedVersion: number;
  ratingId: string | null;
  conclusion: string;
  analysis: string;
  note: string;
}

export async function correctVerdict(options: CorrectVerdictOptions) {
  const { user, claimId } = options;
  return transaction(
    async (tx) => {
      const claim = await lockClaimForPublishing(tx, user, claimId);
      const publication = claim.publication;
      if (
        claim.status !== "PUBLISHED" ||
        !publication ||
        publication.status !== "LIVE" ||
        !claim.verdict
      ) {
        throw conflict("Only a published verdict can be corrected. Publish it first.");
      }
      if (publication.version !== options.expectedVersion) {
        throw conflict(
          "This fact-check was changed since you opened it. Reload to see the current version.",
        );
      }
      if (
        options.ratingId &&
        !(await tx.rating.findFirst({ where: { id: options.ratingId, active: true } }))
      ) {
        throw invalid("Choose a rating from the current scale.", { ratingId: ["Unknown rating"] });
      }
      const verdict = claim.verdict;
      const last = await tx.verdictRevision.aggregate({
        where: { verdictId: verdict.id },
        _max: { revision: true },
      });
      const revision = await tx.verdictRevision.create({
        data: {
          verdictId: verdict.id,
          revision: Math.max(verdict.revision, last._max.revision ?? 0) + 1,
          ratingId: options.ratingId,
          conclusion: options.conclusion,
          analysis: options.analysis,
          sourcesJson: await snapshotSources(tx, claim.id),
          authorId: user.id,
        },
      });
      await tx.verdict.update({
        where: { id: verdict.id },
        data: {
          ratingId: options.ratingId,
          conclusion: options.conclusion,
          analysis: options.analysis,
          revision: revision.revision,
          version: { increment: 1 },
        },
      });
      const { count } = await tx.publication.updateMany({
        where: { id: publication.id, version: publication.version },
        data: { revision: revision.revision, updatedAt: new Date(), version: { increment: 1 } },
      });
      if (count === 0)
        throw conflict(
          "This fact-check was changed since you opened it. Reload to see the current version.",
        );
      const correction = await tx.correction.create({
        data: {
          publicationId: publication.id,
          verdictRevisionId: revision.id,
          note: options.note,
          createdById: user.id,
        },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "verdict.correct",
        entityType: "verdict",
        entityId: verdict.id,
        before: {
          revision: publication.revision,
          ratingId: verdict.ratingId,
          conclusion: verdict.conclusion,
        },
        after: {
          revision: revision.revision,
          ratingId: options.ratingId,
          conclusion: options.conclusion,
          correctionId: correction.id,
          note: options.note,
        },
      });
      await writeWebhookEvents(tx, [
        {
          type: "check.corrected",
          data: {
            ...claimEventData(claim),
            check: { slug: publication.slug, revision: revision.revision, note: options.note },
          },
        },
      ]);
      await republishPage(tx, publication.slug, "correct");
      return {
        claimId: claim.id,
        slug: publication.slug,
        revision: revision.revision,
        correctionId: correction.id,
      };
    },
    { timeout: PUBLISH_TIMEOUT_MS },
  );
}
