import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { changedByMessage } from "./claim-conflict";
import { loadClaimForUpdate } from "./load-claim";
import { announceClaimChangeAfterCommit } from "./claim-change-feed";

export interface EditCanonicalTextOptions {
  user: CurrentUser;
  claimId: string;
  version: number;
  canonicalText: string;
  shortText?: string;
}

const EDITABLE = new Set(["CANDIDATE", "QUEUED", "IN_RESEARCH"]);

/** Saves the editor's wording of the claim, only if nobody saved since they loaded it. */
export async function editCanonicalText(options: EditCanonicalTextOptions) {
  const { user, claimId, version, canonicalText } = options;
  return transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, user, claimId);
    if (!EDITABLE.has(claim.status)) {
      throw invalid("The claim text is frozen once a verdict is submitted; request changes to edit it.");
    }
    const shortText = options.shortText || null;
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version },
      data: { canonicalText, shortText, version: { increment: 1 } },
    });
    if (count === 0) throw await changedByMessage(tx, "claim", claimId, claim.updatedAt);
    await writeAudit(tx, {
      actorId: user.id,
      action: "claim.editText",
      entityType: "claim",
      entityId: claimId,
      before: { canonicalText: claim.canonicalText, shortText: claim.shortText, version: claim.version },
      after: { canonicalText, shortText, version: version + 1 },
    });
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
    announceClaimChangeAfterCommit(tx, after);
    return after;
  });
}
