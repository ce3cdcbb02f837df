// The importer guessed (or the editor picked) the wrong speaker: set the right one and detect
// again. Untriaged candidates are replaced by the new detection; accepted claims keep their
// history and their speaker, unless the editor asks to move them too (each move audited).
import "server-only";
import { transaction, type Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { updateClaimAtVersion } from "../claims/update-claim";
import { writeAudit } from "../audit/write-audit";
import { addDetectedCandidates } from "./add-detected-candidates";
import { detectQueuedClaims } from "./detect/detect-claims";
import { ACCEPTED_STATUSES } from "./get-import-triage";
import type { SpeakerChoice } from "./import.schema";
import { fromSpeakerChoice, resolveSpeakerForForm } from "./resolve-speaker";
import { storedSpeakers } from "./stored-speakers";
import { loadArticle, lockArticle } from "./load-article";
import { lookUpRepeatRoots } from "./repeats/look-up-repeat-roots";
import { republishPage } from "../publishing/store-published-page";
import { prismaRunner, upsertSpeaker } from "./upsert-speaker";

// Replacing a few hundred candidates and moving their accepted neighbours.
const TIMEOUT_MS = 60_000;

export interface CorrectArticleSpeakerOptions extends SpeakerChoice {
  user: CurrentUser;
  articleId: string;
  moveAccepted: boolean;
}

interface AcceptedClaim {
  id: string;
  version: number;
  speakerId: string;
  updatedAt: Date;
  publication: { slug: string } | null;
}

/** Moves the claims to the speaker (those not already theirs); returns the moved ones. */
async function moveToSpeaker(
  tx: Tx,
  user: CurrentUser,
  claims: AcceptedClaim[],
  speakerId: string,
) {
  const moving = claims.filter((c) => c.speakerId !== speakerId);
  for (const c of moving) {
    await updateClaimAtVersion(tx, {
      user,
      seen: c,
      data: { speakerId },
      audit: {
        action: "claim.changeSpeaker",
        before: { speakerId: c.speakerId, version: c.version },
        after: { speakerId, version: c.version + 1 },
      },
    });
  }
  return moving;
}

export async function correctArticleSpeaker({
  user,
  articleId,
  moveAccepted,
  ...choice
}: CorrectArticleSpeakerOptions) {
  const article = await loadArticle(articleId);
  const speaker = await resolveSpeakerForForm(
    article.text,
    { ...fromSpeakerChoice(choice), language: article.language },
    storedSpeakers,
  );
  if (speaker.fields.name === article.speaker?.name) {
    throw invalid(
      `${speaker.fields.name} is already this article's speaker; use "Re-run detection" to detect again.`,
    );
  }
  const detected = detectQueuedClaims({
    text: article.text,
    speaker: speaker.ref,
    language: article.language,
  });
  const roots = await lookUpRepeatRoots(
    speaker.id,
    detected.map((c) => c.claim),
  );
  return transaction(
    async (tx) => {
      await lockArticle(tx, articleId, article.speakerId);
      const newSpeaker = await upsertSpeaker(prismaRunner(tx), speaker.fields);
      const claims = await tx.claim.findMany({
        where: { articleId },
        select: {
          id: true,
          status: true,
          version: true,
          speakerId: true,
          updatedAt: true,
          startOffset: true,
          endOffset: true,
          publication: { select: { slug: true } },
        },
      });
      const replaced = claims.filter((c) => c.status === "CANDIDATE").map((c) => c.id);
      await tx.claim.deleteMany({ where: { id: { in: replaced }, status: "CANDIDATE" } });
      const kept = claims.filter((c) => c.status !== "CANDIDATE");
      const added = await addDetectedCandidates(tx, {
        articleId,
        speakerId: newSpeaker.id,
        detected,
        roots,
        existing: kept,
      });
      const accepted = kept.filter((c) => ACCEPTED_STATUSES.includes(c.status));
      const moved = moveAccepted ? await moveToSpeaker(tx, user, accepted, newSpeaker.id) : [];
      // A live check names its speaker: its stored page is rendered again with the new one.
      for (const slug of moved.flatMap((c) => (c.publication ? [c.publication.slug] : [])))
        await republishPage(tx, slug, "update");
      await tx.article.update({ where: { id: articleId }, data: { speakerId: newSpeaker.id } });
      await writeAudit(tx, {
        actorId: user.id,
        action: "article.changeSpeaker",
        entityType: "article",
        entityId: articleId,
        before: { speakerId: article.speakerId, speaker: article.speaker?.name ?? null },
        after: {
          speakerId: newSpeaker.id,
          speaker: newSpeaker.name,
          replacedCandidates: replaced,
          newCandidates: added,
          movedClaims: moved.map((c) => c.id),
        },
      });
      return {
        speaker: { id: newSpeaker.id, name: newSpeaker.name },
        replaced: replaced.length,
        added: added.length,
        moved: moved.length,
        /** Published checks whose speaker changed: their public pages need revalidating. */
        movedPublications: moved.flatMap((c) => (c.publication ? [c.publication.slug] : [])),
      };
    },
    { timeout: TIMEOUT_MS },
  );
}
