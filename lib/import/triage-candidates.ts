// Triage of one article's import candidates: accept into the review queue (optionally with
// edited wording) or dismiss. A batch is one transaction: all of it happens or none.
import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { conflict, notFound } from "../auth/errors";
import type { DismissReason } from "../generated/prisma/enums";
import { moveClaim } from "../claims/move-claim";
import { claimShortText } from "./claim-text";

// A batch can be a few hundred claims, four statements each.
const BATCH_TIMEOUT_MS = 60_000;

function candidateOf(articleId: string) {
  return (claim: { articleId: string | null; status: string }) => {
    if (claim.articleId !== articleId) throw notFound("Claim");
    if (claim.status !== "CANDIDATE")
      throw conflict("This claim was already triaged; reload the page to see its status.");
  };
}

export interface AcceptCandidatesOptions {
  user: CurrentUser;
  articleId: string;
  items: { claimId: string; canonicalText?: string }[];
}

export async function acceptCandidates({ user, articleId, items }: AcceptCandidatesOptions) {
  return transaction(
    async (tx) => {
      const accepted = [];
      for (const item of items) {
        const edit = item.canonicalText
          ? { canonicalText: item.canonicalText, shortText: claimShortText(item.canonicalText) }
          : {};
        const claim = await moveClaim(tx, {
          user,
          claimId: item.claimId,
          move: "accept",
          data: edit,
          audit: item.canonicalText ? { canonicalText: item.canonicalText } : undefined,
          guard: candidateOf(articleId),
        });
        accepted.push({ id: claim.id, status: claim.status });
      }
      return accepted;
    },
    { timeout: BATCH_TIMEOUT_MS },
  );
}

export interface DismissCandidatesOptions {
  user: CurrentUser;
  articleId: string;
  claimIds: string[];
  reason: DismissReason;
  note?: string;
}

export async function dismissCandidates({
  user,
  articleId,
  claimIds,
  reason,
  note,
}: DismissCandidatesOptions) {
  return transaction(
    async (tx) => {
      const dismissed = [];
      for (const claimId of claimIds) {
        const claim = await moveClaim(tx, {
          user,
          claimId,
          move: "dismiss",
          data: { dismissReason: reason, dismissNote: note || null },
          audit: { reason, note },
          guard: candidateOf(articleId),
        });
        dismissed.push({ id: claim.id, status: claim.status });
      }
      return dismissed;
    },
    { timeout: BATCH_TIMEOUT_MS },
  );
}
