// "Changes requested" is not a workflow state of its own: it is a claim in research whose
// verdict's latest review asked for changes on the revision last submitted. One derivation for
// the queue and the claim workspace.
import type { ClaimStatus, ReviewDecision } from "../generated/prisma/enums";
import { statusLabel } from "../workflow/claim-workflow";

export interface ReviewFacts<R extends { decision: ReviewDecision; revision: number }> {
  status: ClaimStatus;
  /** The verdict's last submitted revision (0 before the first submit); null without a verdict. */
  verdictRevision: number | null;
  /** The verdict's most recent review, if any. */
  latestReview: R | null;
}

export const CHANGES_REQUESTED_LABEL = "Changes requested";

/** The review asking for changes while the editor has not yet submitted again, else null. */
export function changesRequested<R extends { decision: ReviewDecision; revision: number }>(
  facts: ReviewFacts<R>,
): R | null {
  const review = facts.latestReview;
  if (facts.status !== "IN_RESEARCH" || review?.decision !== "REQUEST_CHANGES") return null;
  // A new submit raises the verdict's revision past the one the reviewer commented on.
  return review.revision === facts.verdictRevision ? review : null;
}

/** The state people see: "Changes requested", else the claim's status label. */
export function claimStateLabel<R extends { decision: ReviewDecision; revision: number }>(
  facts: ReviewFacts<R>,
): string {
  return changesRequested(facts) ? CHANGES_REQUESTED_LABEL : statusLabel(facts.status);
}
