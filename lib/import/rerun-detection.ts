// "Re-run detection" (after a model update, or new aliases for the speaker): adds the candidates
// the detector now finds where the article has no claim yet; never touches existing claims.
import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import { addDetectedCandidates } from "./add-detected-candidates";
import { detectQueuedClaims } from "./detect/detect-claims";
import { articleSpeakerRef, loadArticle, lockArticle, speakerOf } from "./load-article";
import { lookUpRepeatRoots } from "./repeats/look-up-repeat-roots";

export async function rerunDetection({
  user,
  articleId,
}: {
  user: CurrentUser;
  articleId: string;
}) {
  const article = await loadArticle(articleId);
  const speaker = speakerOf(article);
  const detected = detectQueuedClaims({
    text: article.text,
    speaker: articleSpeakerRef(article),
    language: article.language,
  });
  const roots = await lookUpRepeatRoots(
    speaker.id,
    detected.map((c) => c.claim),
  );
  return transaction(async (tx) => {
    await lockArticle(tx, articleId, speaker.id);
    const existing = await tx.claim.findMany({
      where: { articleId },
      select: { startOffset: true, endOffset: true },
    });
    const added = await addDetectedCandidates(tx, {
      articleId,
      speakerId: speaker.id,
      detected,
      roots,
      existing,
    });
    if (added.length > 0) {
      await writeAudit(tx, {
        actorId: user.id,
        action: "article.redetect",
        entityType: "article",
        entityId: articleId,
        after: { newCandidates: added.length, claimIds: added },
      });
    }
    return { added: added.length };
  });
}
