// What /api/v1 says about claims: the query it takes (the queue's ClaimFilter) and the shapes it
// answers, as zod schemas the OpenAPI document (lib/api/v1/openapi.ts) is generated from.
import { z } from "zod";
import { ClaimKind, ClaimStatus } from "../../generated/prisma/enums";
import { strictClaimFilter } from "../../claims/claim-filter.schema";
import {
  assignClaimSchema,
  claimIdField,
  QUEUE_FILTER_KEYS,
  QUEUE_SORTS,
} from "../../claims/claim.schema";
import { sourceFieldsSchema } from "../../sources/source.schema";
import { MOVES } from "../../workflow/claim-workflow";

export const claimListQuerySchema = strictClaimFilter(QUEUE_FILTER_KEYS).extend({
  sort: z.enum(QUEUE_SORTS).default("score"),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(300).optional(),
});

export const claimPathSchema = z.object({ id: claimIdField });

const person = z.object({ id: z.uuid(), name: z.string() });

export const claimSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    status: z.enum(ClaimStatus),
    kind: z.enum(ClaimKind),
    score: z.number(),
    quote: z.string(),
    canonicalText: z.string(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    speaker: person,
    outlet: z.string(),
    saidAt: z.iso.datetime().nullable(),
    assignee: person.nullable(),
  })
  .meta({ id: "ClaimSummary" });
export type ClaimSummary = z.infer<typeof claimSummarySchema>;

export const claimPageSchema = z
  .object({ items: z.array(claimSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: "ClaimPage" });

export const claimDetailSchema = claimSummarySchema
  .omit({ outlet: true, saidAt: true })
  .extend({
    stateLabel: z.string(),
    appearance: z.object({
      outlet: z.string(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      saidAt: z.iso.datetime().nullable(),
    }),
    sources: z.array(
      z.object({
        id: z.uuid(),
        url: z.string(),
        title: z.string(),
        publisher: z.string().nullable(),
        isPrimary: z.boolean(),
      }),
    ),
    verdict: z
      .object({
        rating: z.string().nullable(),
        conclusion: z.string(),
        analysis: z.string(),
        revision: z.number().int(),
        version: z.number().int(),
      })
      .nullable(),
    publication: z.object({ slug: z.string(), status: z.string() }).nullable(),
    history: z.array(
      z.object({ action: z.string(), actorName: z.string(), createdAt: z.iso.datetime() }),
    ),
  })
  .meta({ id: "ClaimDetail" });
export type ClaimDetail = z.infer<typeof claimDetailSchema>;

export const createdSchema = z.object({ id: z.uuid() }).meta({ id: "Created" });

export const MOVE_NAMES = MOVES.map((m) => m.name);
export const movePathSchema = z.object({
  id: claimIdField,
  move: z.enum(MOVE_NAMES as [string, ...string[]]),
});
/** What the move's action answers the desk too: usually the claim's id and new version. */
export const moveResultSchema = z
  .looseObject({ id: z.uuid().optional(), version: z.number().int().optional() })
  .meta({ id: "MoveResult" });
/** The move's own fields (e.g. `version`, `verdictVersion`, `reason`); `claimId` comes from the path. */
export const moveBodySchema = z.looseObject({}).meta({ id: "MoveInput" });

/** POST /claims/{id}/assign: who takes the claim (`claimId` comes from the path). */
export const assignBodySchema = assignClaimSchema
  .omit({ claimId: true })
  .meta({ id: "AssignInput" });

/** POST /claims/{id}/sources: the source's fields (`claimId` comes from the path). */
export const sourceBodySchema = sourceFieldsSchema.meta({ id: "SourceInput" });

/** A changed row's id and new version (send the version back to edit it again). */
export const versionedSchema = z
  .object({ id: z.uuid(), version: z.number().int() })
  .meta({ id: "Versioned" });

export const correctionListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        note: z.string(),
        /** The verdict revision the correction put live. */
        revision: z.number().int(),
        createdAt: z.iso.datetime(),
        createdBy: person,
      }),
    ),
  })
  .meta({ id: "CorrectionList" });
