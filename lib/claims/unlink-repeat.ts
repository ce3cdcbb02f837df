// A repeat link the detector proposed (same figures, entities and polarity; across languages too)
// that an editor finds wrong: "Not the same claim" takes the claim out of its root's repeats.
import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { loadClaimForUpdate } from "./load-claim";
import { updateClaimAtVersion } from "./update-claim";

export interface UnlinkRepeatOptions {
  user: CurrentUser;
  claimId: string;
  version: number;
}

export async function unlinkRepeat({ user, claimId, version }: UnlinkRepeatOptions) {
  return transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, user, claimId);
    if (!claim.repeatOfId) throw invalid("This claim is not linked as a repeat of another claim.");
    return updateClaimAtVersion(tx, {
      user,
      seen: { id: claimId, version, updatedAt: claim.updatedAt },
      data: { repeatOfId: null },
      audit: {
        action: "claim.unlinkRepeat",
        before: { repeatOfId: claim.repeatOfId, version: claim.version },
        after: { repeatOfId: null, version: version + 1 },
      },
    });
  });
}
