import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { changedByMessage } from "../claims/claim-conflict";
import { moveClaim } from "../claims/move-claim";
import { getSettings } from "../settings/get-settings";
import { assertClaimWork } from "../claims/claim-capabilities";

export interface SubmitVerdictOptions {
  user: CurrentUser;
  claimId: string;
  verdictVersion: number;
}

/** Freezes the draft and its sources as a revision and sends the claim to review. */
export async function submitVerdict({ user, claimId, verdictVersion }: SubmitVerdictOptions) {
  const settings = await getSettings();
  return transaction(async (tx) => {
    let revisionId = "";
    const claim = await moveClaim(tx, {
      user,
      claimId,
      move: "submit",
      guard: async (current) => {
        assertClaimWork(user, current, "submitVerdict");
        const verdict = await tx.verdict.findUnique({ where: { claimId } });
        if (!verdict) throw invalid("Write and save a verdict before submitting.");
        if (verdict.version !== verdictVersion)
          throw await changedByMessage(tx, "verdict", verdict.id, verdict.updatedAt);
        if (!verdict.ratingId)
          throw invalid("Choose a rating before submitting.", { ratingId: ["Choose a rating"] });
        if (!verdict.conclusion)
          throw invalid("Write the conclusion before submitting.", {
            conclusion: ["Write a one-sentence conclusion"],
          });
        const sources = await tx.source.findMany({
          where: { claimId },
          orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        });
        const primary = sources.filter((s) => s.isPrimary).length;
        if (sources.length < settings.minSources || primary < settings.minPrimarySources) {
          throw invalid(
            `Add at least ${settings.minSources} sources, ${settings.minPrimarySources} of them primary, before submitting ` +
              `(now ${sources.length}, ${primary} primary).`,
          );
        }
        const revision = verdict.revision + 1;
        const { count } = await tx.verdict.updateMany({
          where: { id: verdict.id, version: verdictVersion },
          data: { revision, version: { increment: 1 } },
        });
        if (count === 0) throw await changedByMessage(tx, "verdict", verdict.id, verdict.updatedAt);
        const created = await tx.verdictRevision.create({
          data: {
            verdictId: verdict.id,
            revision,
            ratingId: verdict.ratingId,
            conclusion: verdict.conclusion,
            analysis: verdict.analysis,
            sourcesJson: JSON.parse(JSON.stringify(sources)),
            authorId: user.id,
          },
        });
        revisionId = created.id;
        await writeAudit(tx, {
          actorId: user.id,
          action: "verdict.submit",
          entityType: "verdict",
          entityId: verdict.id,
          after: {
            claimId,
            revision,
            ratingId: verdict.ratingId,
            conclusion: verdict.conclusion,
            sources: sources.length,
          },
        });
      },
    });
    return { claim, revisionId };
  });
}
