// One workflow move: check the state machine, update only if nobody changed the claim since it
// was read (version), write the audit row (and, for accept and dismiss, the desk decision) and
// the move's webhook event (lib/webhooks) — all on the caller's transaction.
import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import type { Prisma } from "../generated/prisma/client";
import { assertMove, type MoveName } from "../workflow/claim-workflow";
import { changedByMessage } from "./claim-conflict";
import { loadClaimForUpdate } from "./load-claim";
import { announceClaimChangeAfterCommit } from "./claim-change-feed";
import { recordDecision } from "./record-decision";
import { MOVE_EVENTS, claimEventData } from "../webhooks/webhook-events";
import { writeWebhookEvents } from "../webhooks/write-webhook-events";

export interface MoveClaimOptions {
  user: CurrentUser;
  claimId: string;
  move: MoveName;
  /** The version the user saw; omitted for moves that do not depend on what was on screen. */
  expectedVersion?: number;
  data?: Prisma.ClaimUncheckedUpdateManyInput;
  /** More for the audit row's before and after (the move adds status, assignee and version). */
  auditBefore?: Record<string, unknown>;
  audit?: Record<string, unknown>;
  /** Extra checks on the loaded claim (ownership, four-eyes); throw to refuse. */
  guard?: (claim: Awaited<ReturnType<typeof loadClaimForUpdate>>) => void | Promise<void>;
}

export async function moveClaim(tx: Tx, options: MoveClaimOptions) {
  const claim = await loadClaimForUpdate(tx, options.user, options.claimId);
  if (options.expectedVersion !== undefined && claim.version !== options.expectedVersion) {
    throw await changedByMessage(tx, "claim", claim.id, claim.updatedAt);
  }
  const move = assertMove(claim.status, options.move);
  await options.guard?.(claim);
  const { count } = await tx.claim.updateMany({
    where: { id: claim.id, version: claim.version, status: claim.status },
    data: { ...options.data, status: move.to, version: { increment: 1 } },
  });
  if (count === 0) throw await changedByMessage(tx, "claim", claim.id, claim.updatedAt);
  const after = await tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
  await writeAudit(tx, {
    actorId: options.user.id,
    action: `claim.${options.move}`,
    entityType: "claim",
    entityId: claim.id,
    before: {
      status: claim.status,
      assigneeId: claim.assigneeId,
      version: claim.version,
      ...options.auditBefore,
    },
    after: {
      status: after.status,
      assigneeId: after.assigneeId,
      version: after.version,
      ...options.audit,
    },
  });
  // Accepting and dismissing label the claim for the ranker.
  if (options.move === "accept" || options.move === "dismiss") {
    await recordDecision(tx, {
      userId: options.user.id,
      action: options.move,
      claim: after,
      canonicalBefore: claim.canonicalText,
      canonicalAfter: options.move === "accept" ? after.canonicalText : null,
    });
  }
  const event = MOVE_EVENTS[options.move];
  if (event) await writeWebhookEvents(tx, [{ type: event, data: claimEventData(after) }]);
  announceClaimChangeAfterCommit(tx, after);
  return after;
}
