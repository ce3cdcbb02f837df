// The claim state machine: the one table of allowed moves. The server enforces it
// (assertMove) and the UI derives its buttons from it (movesFrom).
import type { ClaimStatus } from "../generated/prisma/enums";
import type { Permission } from "../auth/permissions";
import { ActionError } from "../auth/errors";

export type MoveName =
  | "accept"
  | "dismiss"
  | "restore"
  | "take"
  | "release"
  | "submit"
  | "requestChanges"
  | "approve"
  | "publish"
  | "unpublish";

export interface Move {
  name: MoveName;
  from: ClaimStatus[];
  to: ClaimStatus;
  permission: Permission;
  label: string;
}

export const MOVES: readonly Move[] = [
  {
    name: "accept",
    from: ["CANDIDATE"],
    to: "QUEUED",
    permission: "claim:triage",
    label: "Accept to queue",
  },
  {
    name: "dismiss",
    from: ["CANDIDATE", "QUEUED", "IN_RESEARCH"],
    to: "DISMISSED",
    permission: "claim:edit",
    label: "Dismiss",
  },
  {
    name: "restore",
    from: ["DISMISSED"],
    to: "QUEUED",
    permission: "claim:edit",
    label: "Restore to queue",
  },
  { name: "take", from: ["QUEUED"], to: "IN_RESEARCH", permission: "claim:take", label: "Take" },
  {
    name: "release",
    from: ["IN_RESEARCH"],
    to: "QUEUED",
    permission: "claim:take",
    label: "Release",
  },
  {
    name: "submit",
    from: ["IN_RESEARCH"],
    to: "IN_REVIEW",
    permission: "verdict:submit",
    label: "Submit for review",
  },
  {
    name: "requestChanges",
    from: ["IN_REVIEW"],
    to: "IN_RESEARCH",
    permission: "verdict:review",
    label: "Request changes",
  },
  {
    name: "approve",
    from: ["IN_REVIEW"],
    to: "APPROVED",
    permission: "verdict:review",
    label: "Approve",
  },
  {
    name: "publish",
    from: ["APPROVED"],
    to: "PUBLISHED",
    permission: "verdict:publish",
    label: "Publish",
  },
  {
    name: "unpublish",
    from: ["PUBLISHED"],
    to: "APPROVED",
    permission: "verdict:publish",
    label: "Unpublish",
  },
];

const STATUS_LABELS: Record<ClaimStatus, string> = {
  CANDIDATE: "Candidate",
  QUEUED: "Queued",
  IN_RESEARCH: "In research",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  DISMISSED: "Dismissed",
};

export function statusLabel(status: ClaimStatus): string {
  return STATUS_LABELS[status];
}

export function movesFrom(status: ClaimStatus): Move[] {
  return MOVES.filter((m) => m.from.includes(status));
}

export function getMove(name: MoveName): Move {
  const move = MOVES.find((m) => m.name === name);
  if (!move) throw new Error(`unknown move ${name}`);
  return move;
}

/** Throws a user-facing error when `name` is not allowed from `status`. */
export function assertMove(status: ClaimStatus, name: MoveName): Move {
  const move = getMove(name);
  if (!move.from.includes(status)) {
    throw new ActionError(
      "CONFLICT",
      `Cannot ${move.label.toLowerCase()} a claim that is ${statusLabel(status).toLowerCase()}.`,
    );
  }
  return move;
}
