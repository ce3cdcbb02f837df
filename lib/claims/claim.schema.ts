import { z } from "zod";
import { DismissReason } from "../generated/prisma/enums";
import { shortTextField } from "../publishing/publishing.schema";
import { lenientClaimFilter } from "./claim-filter.schema";

export const claimIdField = z.uuid("Unknown claim id — reload the queue");
export const canonicalTextField = z
  .string()
  .trim()
  .min(5, "Write the claim in at least 5 characters")
  .max(1000, "Use at most 1000 characters");
export const versionField = z.number().int().min(1);

export const takeNextSchema = z.object({});
export const claimRefSchema = z.object({ claimId: claimIdField });
/** A claim as the editor saw it (its version): changes refused if someone saved since. */
export const claimAtVersionSchema = z.object({ claimId: claimIdField, version: versionField });
export const takeClaimSchema = z.object({
  claimId: claimIdField,
  version: versionField.optional(),
});
export const assignClaimSchema = z.object({
  claimId: claimIdField,
  assigneeId: z.uuid("Choose a person"),
});

export const DISMISS_REASON_LABELS: Record<DismissReason, string> = {
  NOT_CHECK_WORTHY: "Not check-worthy",
  DUPLICATE: "Duplicate",
  OUT_OF_SCOPE: "Out of scope",
};

export const dismissClaimSchema = z.object({
  claimId: claimIdField,
  reason: z.enum(DismissReason, { message: "Choose a reason" }),
  note: z.string().trim().max(1000, "Use at most 1000 characters").optional(),
});

export const canonicalTextSchema = z.object({
  claimId: claimIdField,
  version: versionField,
  canonicalText: canonicalTextField,
  shortText: shortTextField.optional(),
});

export type DismissClaimInput = z.input<typeof dismissClaimSchema>;
export type CanonicalTextInput = z.input<typeof canonicalTextSchema>;

/** The ClaimFilter fields the queue supports (the desk's search params and /api/v1/claims). */
export const QUEUE_FILTER_KEYS = [
  "status",
  "kind",
  "speaker",
  "outlet",
  "from",
  "to",
  "minScore",
  "assignee",
  "maxAgeDays",
  "q",
] as const;

/** Queue filters as they arrive in URL search params (all strings); bad values are dropped. */
export const QUEUE_SORTS = ["score", "newest", "oldest"] as const;
export const queueFilterSchema = lenientClaimFilter(QUEUE_FILTER_KEYS).extend({
  sort: z.enum(QUEUE_SORTS).default("score").catch("score"),
  after: z.string().max(300).optional().catch(undefined),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;
