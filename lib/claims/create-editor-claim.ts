// A claim an editor adds by hand (clipped from an article, or said outside one): queued at once,
// written with its audit row and desk decision on the caller's transaction.
import "server-only";
import { randomUUID } from "node:crypto";
import { afterCommit, type Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import type { Prisma } from "../generated/prisma/client";
import type { AssessedQuote } from "../import/assess-quote";
import { claimShortText, claimSlug } from "../import/claim-text";
import { announceClaimChanges } from "./claim-change-feed";
import { recordDecision } from "./record-decision";
import { claimEventData } from "../webhooks/webhook-events";
import { writeWebhookEvents } from "../webhooks/write-webhook-events";

export const EDITOR_ATTRIBUTION = "editor";

export interface EditorClaim {
  user: CurrentUser;
  action: "clip" | "add";
  speakerId: string;
  quote: string;
  assessed: AssessedQuote;
  /** The editor's wording; empty: the detector's. */
  canonicalText?: string;
  repeatOfId: string | null;
  /** Where it was said: an article span, or the appearance fields of a claim without one. */
  where: Pick<
    Prisma.ClaimUncheckedCreateInput,
    | "articleId"
    | "startOffset"
    | "endOffset"
    | "medium"
    | "outlet"
    | "url"
    | "saidOn"
    | "mediaTimestamp"
  >;
}

export async function createEditorClaim(tx: Tx, c: EditorClaim) {
  const id = randomUUID();
  const canonicalText = c.canonicalText || c.assessed.canonicalText;
  const claim = await tx.claim.create({
    data: {
      id,
      slug: claimSlug(canonicalText, id),
      speakerId: c.speakerId,
      quote: c.quote,
      ...c.where,
      context: c.assessed.context,
      attribution: EDITOR_ATTRIBUTION,
      canonicalText,
      shortText: claimShortText(canonicalText),
      kind: c.assessed.kind,
      score: c.assessed.score,
      reasons: c.assessed.reasons,
      status: "QUEUED",
      repeatOfId: c.repeatOfId,
    },
  });
  await writeAudit(tx, {
    actorId: c.user.id,
    action: `claim.${c.action}`,
    entityType: "claim",
    entityId: id,
    after: {
      status: claim.status,
      speakerId: c.speakerId,
      quote: c.quote,
      canonicalText,
      ...c.where,
      version: claim.version,
    },
  });
  await writeWebhookEvents(tx, [{ type: "claim.queued", data: claimEventData(claim) }]);
  await recordDecision(tx, {
    userId: c.user.id,
    action: c.action,
    claim,
    canonicalBefore: c.assessed.canonicalText,
    canonicalAfter: canonicalText,
  });
  afterCommit(tx, () => announceClaimChanges([claim], "INSERT"));
  return claim;
}
