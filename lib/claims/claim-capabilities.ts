// Who may work on a claim: one rule for the use cases (which enforce it) and the claim page
// (which shows only the buttons the server will accept).
import type { CurrentUser } from "../auth/current-user";
import { ActionError, invalid } from "../auth/errors";
import { can, type Permission } from "../auth/permissions";
import type { Claim } from "../generated/prisma/client";
import type { ClaimStatus } from "../generated/prisma/enums";
import { type MoveName, movesFrom } from "../workflow/claim-workflow";

export type ClaimWork = "editText" | "editSources" | "editVerdict" | "submitVerdict";

type ClaimRef = Pick<Claim, "status" | "assigneeId">;

const WORK: Record<ClaimWork, { permission: Permission; statuses: ClaimStatus[]; frozen: string }> =
  {
    editText: {
      permission: "claim:edit",
      statuses: ["CANDIDATE", "QUEUED", "IN_RESEARCH"],
      frozen: "The claim text is frozen once a verdict is submitted; request changes to edit it.",
    },
    editSources: {
      permission: "source:edit",
      statuses: ["IN_RESEARCH"],
      frozen: "Sources can be changed only while the claim is in research.",
    },
    editVerdict: {
      permission: "verdict:edit",
      statuses: ["IN_RESEARCH"],
      frozen: "The verdict can be edited only while the claim is in research.",
    },
    submitVerdict: {
      permission: "verdict:submit",
      statuses: ["IN_RESEARCH"],
      frozen: "The verdict can be submitted only while the claim is in research.",
    },
  };

export const NOT_YOUR_CLAIM =
  "This claim is assigned to someone else; take it or ask a reviewer to assign it to you.";

/**
 * The claim's assignee works on it, and so does anyone who may assign claims (reviewer, admin).
 * A claim nobody has taken yet (still in triage) is shared work: its wording may be edited by
 * whoever triages it.
 */
export function holdsClaim(user: Pick<CurrentUser, "id" | "role">, claim: ClaimRef): boolean {
  if (claim.assigneeId === user.id || can(user.role, "claim:assign")) return true;
  return claim.assigneeId === null && claim.status !== "IN_RESEARCH";
}

/** Claims that can be handed to an editor: queued ones, and ones in research (to someone else). */
export const ASSIGNABLE_STATUSES: readonly ClaimStatus[] = ["QUEUED", "IN_RESEARCH"];

/** A claim in research goes back to the queue by its editor, or by someone who assigns claims. */
export function mayRelease(user: Pick<CurrentUser, "id" | "role">, claim: ClaimRef): boolean {
  return !claim.assigneeId || claim.assigneeId === user.id || can(user.role, "claim:assign");
}

/** The moves that review a verdict: four eyes keeps them from anyone who wrote any part of it. */
const REVIEW_MOVES: readonly MoveName[] = ["approve", "requestChanges"];

/**
 * Four eyes: nobody who wrote the verdict (lib/verdicts/verdict-access.ts) reviews it. Without
 * the writers at hand the answer is no, so a page that did not load them offers no review.
 */
export function mayReviewVerdict(
  user: Pick<CurrentUser, "id">,
  verdictWriterIds: ReadonlySet<string> | undefined,
): boolean {
  return verdictWriterIds !== undefined && !verdictWriterIds.has(user.id);
}

/** Throws the four-eyes refusal the reviewer sees. */
export function assertMayReviewVerdict(
  user: Pick<CurrentUser, "id">,
  verdictWriterIds: ReadonlySet<string>,
  move: "approve" | "requestChanges",
): void {
  if (mayReviewVerdict(user, verdictWriterIds)) return;
  const what = move === "approve" ? "approve it" : "request changes";
  throw new ActionError("FORBIDDEN", `You wrote this verdict, so someone else must ${what}.`);
}

export interface ClaimCapabilities extends Record<ClaimWork, boolean> {
  /** The workflow moves from the claim's status this user may make: the buttons. */
  moves: MoveName[];
  /** Hand the claim to an editor. */
  assign: boolean;
  /** Select words of the claim's article and add them as another claim. */
  clip: boolean;
}

/** `verdictWriterIds`: who wrote the claim's verdict, needed to offer the review moves. */
export function claimCapabilities(
  user: Pick<CurrentUser, "id" | "role">,
  claim: ClaimRef,
  verdictWriterIds?: ReadonlySet<string>,
): ClaimCapabilities {
  const holds = holdsClaim(user, claim);
  const may = (work: ClaimWork) => {
    const rule = WORK[work];
    return holds && can(user.role, rule.permission) && rule.statuses.includes(claim.status);
  };
  return {
    editText: may("editText"),
    editSources: may("editSources"),
    editVerdict: may("editVerdict"),
    submitVerdict: may("submitVerdict"),
    moves: movesFrom(claim.status)
      .filter((m) => can(user.role, m.permission))
      .filter((m) => m.name !== "release" || mayRelease(user, claim))
      .filter((m) => !REVIEW_MOVES.includes(m.name) || mayReviewVerdict(user, verdictWriterIds))
      .map((m) => m.name),
    assign: can(user.role, "claim:assign") && ASSIGNABLE_STATUSES.includes(claim.status),
    clip: can(user.role, "claim:triage"),
  };
}

/** Throws the message the user sees when `work` on this claim is not theirs to do (or not now). */
export function assertClaimWork(user: CurrentUser, claim: ClaimRef, work: ClaimWork): void {
  const rule = WORK[work];
  if (!can(user.role, rule.permission)) {
    throw new ActionError("FORBIDDEN", `Your role (${user.role.toLowerCase()}) may not do this.`);
  }
  if (!rule.statuses.includes(claim.status)) throw invalid(rule.frozen);
  if (!holdsClaim(user, claim)) throw new ActionError("FORBIDDEN", NOT_YOUR_CLAIM);
}
