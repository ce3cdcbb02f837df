// The events a webhook endpoint can subscribe to, and the workflow moves that raise them.
import type { MoveName } from "../workflow/claim-workflow";

export const WEBHOOK_EVENT_TYPES = [
  "claim.queued",
  "verdict.submitted",
  "verdict.changes_requested",
  "verdict.approved",
  "check.published",
  "check.corrected",
  "check.withdrawn",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "claim.queued": "A claim enters the queue",
  "verdict.submitted": "A verdict is submitted for review",
  "verdict.changes_requested": "A reviewer requests changes",
  "verdict.approved": "A verdict is approved",
  "check.published": "A fact-check is published",
  "check.corrected": "A published fact-check is corrected",
  "check.withdrawn": "A fact-check is withdrawn",
};

/** The event each workflow move raises (moves not listed raise none). */
export const MOVE_EVENTS: Partial<Record<MoveName, WebhookEventType>> = {
  accept: "claim.queued",
  restore: "claim.queued",
  release: "claim.queued",
  submit: "verdict.submitted",
  requestChanges: "verdict.changes_requested",
  approve: "verdict.approved",
  publish: "check.published",
  unpublish: "check.withdrawn",
};

export interface WebhookEventInput {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

/** What every claim event carries about the claim. */
export function claimEventData(claim: {
  id: string;
  slug: string;
  status: string;
  version: number;
  canonicalText: string;
}): Record<string, unknown> {
  return {
    claim: {
      id: claim.id,
      slug: claim.slug,
      status: claim.status,
      version: claim.version,
      text: claim.canonicalText,
    },
  };
}
