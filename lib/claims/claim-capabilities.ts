// Who may work on a claim: one rule for the use cases (which enforce it) and the claim page
// (which shows only the buttons the server will accept).
import type { CurrentUser } from "../auth/current-user";
import { ActionError, invalid } from "../auth/errors";
import { can, type Permission } from "../auth/permissions";
import type { Claim } from "../generated/prisma/client";
import type { ClaimStatus } from "../generated/prisma/enums";

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
export function holdsClaim(user: CurrentUser, claim: ClaimRef): boolean {
  if (claim.assigneeId === user.id || can(user.role, "claim:assign")) return true;
  return claim.assigneeId === null && claim.status !== "IN_RESEARCH";
}

export function claimCapabilities(user: CurrentUser, claim: ClaimRef): Record<ClaimWork, boolean> {
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
