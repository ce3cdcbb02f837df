import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { assertClaimWork } from "./claim-capabilities";
import { loadClaimForUpdate } from "./load-claim";
import { recordDecision } from "./record-decision";
import { updateClaimAtVersion } from "./update-claim";
import { notifyHolderOfEdit } from "../notifications/notify-claim-people";

export interface EditCanonicalTextOptions {
  user: CurrentUser;
  claimId: string;
  version: number;
  canonicalText: string;
  shortText?: string;
}

/** Saves the editor's wording of the claim, only if nobody saved since they loaded it. */
export async function editCanonicalText(options: EditCanonicalTextOptions) {
  const { user, claimId, version, canonicalText } = options;
  return transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, user, claimId);
    assertClaimWork(user, claim, "editText");
    const shortText = options.shortText || null;
    const after = await updateClaimAtVersion(tx, {
      user,
      seen: { id: claimId, version, updatedAt: claim.updatedAt },
      data: { canonicalText, shortText },
      audit: {
        action: "claim.editText",
        before: {
          canonicalText: claim.canonicalText,
          shortText: claim.shortText,
          version: claim.version,
        },
        after: { canonicalText, shortText, version: version + 1 },
      },
    });
    // A new wording labels the claim for the ranker; a new short text alone does not.
    if (canonicalText !== claim.canonicalText) {
      await recordDecision(tx, {
        userId: user.id,
        action: "edit",
        claim: after,
        canonicalBefore: claim.canonicalText,
        canonicalAfter: canonicalText,
      });
    }
    await notifyHolderOfEdit(tx, { user, claimId, what: "changed the claim text" });
    return after;
  });
}
