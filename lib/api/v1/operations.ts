// Every /api/v1 operation once: its method, path, permission and schemas (which the OpenAPI
// document is generated from, lib/api/v1/openapi.ts) and its handler (which app/api/v1/** route
// files export). The contract test walks this table.
import "server-only";
import { z } from "zod";
import { addClaimAction, assignClaimAction } from "../../claims/claims.actions";
import { addSourceAction } from "../../sources/sources.actions";
import { listClaimCorrections } from "../../publishing/list-claim-corrections";
import { addClaimSchema } from "../../claims/add-claim.schema";
import { listQueue } from "../../claims/list-queue";
import type { CurrentUser } from "../../auth/current-user";
import { notFound } from "../../auth/errors";
import { prepareExport } from "../../export/export-report";
import { nodeToWebStream } from "../../export/node-to-web-stream";
import { getPublishedCheck } from "../../publishing/get-published-check";
import { listPublishedChecks } from "../../publishing/list-published-checks";
import type { MoveName } from "../../workflow/claim-workflow";
import { type ApiHandler, apiAction, apiRead } from "../api-route";
import {
  checkDetailSchema,
  checkListQuerySchema,
  checkPageSchema,
  checkPathSchema,
  claimReviewFeedSchema,
} from "./check.api-schema";
import {
  assignBodySchema,
  claimDetailSchema,
  correctionListSchema,
  sourceBodySchema,
  versionedSchema,
  claimListQuerySchema,
  claimPageSchema,
  claimPathSchema,
  createdSchema,
  moveBodySchema,
  movePathSchema,
  moveResultSchema,
} from "./claim.api-schema";
import { claimDetail, claimSummary } from "./claim-responses";
import { MOVE_ACTIONS } from "./move-actions";
import { articleImportSchema, importedArticleSchema } from "./article.api-schema";
import { importedArticle } from "./imported-article";
import { importUploadAction } from "../../import/import.actions";
import { ArticleAlreadyImportedError } from "../../import/import-article";

export interface Operation {
  operationId: string;
  method: "get" | "post";
  /** OpenAPI form: /claims/{id} (under /api/v1). */
  path: string;
  summary: string;
  tag: "claims" | "articles" | "checks";
  scope: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  /** Success status and schema. */
  status: 200 | 201;
  /** A second success status with the same schema (an idempotent repeat). */
  alsoStatus?: 200;
  response: z.ZodType;
  /** The errors it may answer besides 401/403/429. */
  errors: (400 | 404 | 409)[];
  handler: ApiHandler;
}

const json = (data: unknown, status = 200) => Response.json(data, { status });

/** A read of one claim the token's user may see (`load` answers null otherwise: 404). */
const claimRead = (load: (user: CurrentUser, claimId: string) => Promise<unknown>) =>
  apiRead("desk:read", claimPathSchema, async (user, { id }) => {
    const found = await load(user, id);
    if (!found) throw notFound("That claim");
    return json(found);
  });

const refuseUnknownMove = apiRead("desk:read", movePathSchema, async () => {
  throw new Error("movePathSchema accepted a move MOVE_ACTIONS lacks");
});

export const OPERATIONS: readonly Operation[] = [
  {
    operationId: "listClaims",
    method: "get",
    path: "/claims",
    summary: "List claims with the queue's filters (cursor pagination)",
    tag: "claims",
    scope: "read",
    query: claimListQuerySchema,
    status: 200,
    response: claimPageSchema,
    errors: [400],
    handler: apiRead("desk:read", claimListQuerySchema, async (user, { cursor, ...filter }) => {
      const page = await listQueue({ user, filter: { ...filter, after: cursor } });
      return json({ items: page.rows.map(claimSummary), nextCursor: page.nextCursor });
    }),
  },
  {
    operationId: "createClaim",
    method: "post",
    path: "/claims",
    summary: "Add a claim said outside an article (the desk's “Add claim”)",
    tag: "claims",
    scope: "claims:write",
    body: addClaimSchema,
    status: 201,
    response: createdSchema,
    errors: [400],
    handler: apiAction(addClaimAction, { respond: (claim) => json({ id: claim.id }, 201) }),
  },
  {
    operationId: "getClaim",
    method: "get",
    path: "/claims/{id}",
    summary: "One claim with its sources, verdict and history",
    tag: "claims",
    scope: "read",
    params: claimPathSchema,
    status: 200,
    response: claimDetailSchema,
    errors: [400, 404],
    handler: claimRead((user, id) => claimDetail(user, id)),
  },
  {
    operationId: "moveClaim",
    method: "post",
    path: "/claims/{id}/moves/{move}",
    summary: "Make a workflow move (take, release, submit, approve, publish …)",
    tag: "claims",
    scope: "claims:write (publish, unpublish: publish)",
    params: movePathSchema,
    body: moveBodySchema,
    status: 200,
    response: moveResultSchema,
    errors: [400, 404, 409],
    handler: async (request, context) => {
      const { move } = await context.params;
      const action = Object.hasOwn(MOVE_ACTIONS, String(move))
        ? MOVE_ACTIONS[move as MoveName]
        : null;
      // An unknown move still answers 401 before it answers 400 (movePathSchema names the moves).
      if (!action) return refuseUnknownMove(request, context);
      return apiAction(action, { fromPath: (p) => ({ claimId: p.id }) })(request, context);
    },
  },
  {
    operationId: "assignClaim",
    method: "post",
    path: "/claims/{id}/assign",
    summary:
      "Assign a claim to an editor (a queued claim is taken for them, through the workflow table)",
    tag: "claims",
    scope: "claims:write",
    params: claimPathSchema,
    body: assignBodySchema,
    status: 200,
    response: versionedSchema,
    errors: [400, 404, 409],
    handler: apiAction(assignClaimAction, { fromPath: (p) => ({ claimId: p.id }) }),
  },
  {
    operationId: "addSource",
    method: "post",
    path: "/claims/{id}/sources",
    summary: "Attach a source to a claim in research",
    tag: "claims",
    scope: "claims:write",
    params: claimPathSchema,
    body: sourceBodySchema,
    status: 201,
    response: versionedSchema,
    errors: [400, 404, 409],
    handler: apiAction(addSourceAction, {
      fromPath: (p) => ({ claimId: p.id }),
      respond: (source) => json({ id: source.id, version: source.version }, 201),
    }),
  },
  {
    operationId: "listClaimCorrections",
    method: "get",
    path: "/claims/{id}/corrections",
    summary: "The corrections of a claim's published check, oldest first",
    tag: "claims",
    scope: "read",
    params: claimPathSchema,
    status: 200,
    response: correctionListSchema,
    errors: [400, 404],
    handler: claimRead(async (user, claimId) => {
      const corrections = await listClaimCorrections({ user, claimId });
      return (
        corrections && {
          items: corrections.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
        }
      );
    }),
  },
  {
    operationId: "importArticle",
    method: "post",
    path: "/articles",
    summary:
      "Import an article's text; answers the claims detected in it (idempotent by content hash)",
    tag: "articles",
    scope: "import",
    body: articleImportSchema,
    status: 201,
    alsoStatus: 200,
    response: importedArticleSchema,
    errors: [400],
    handler: apiAction(importUploadAction, {
      fromPath: () => ({ file: null }),
      respond: async (imported) => json(await importedArticle(imported.articleId, true), 201),
      // The same text again: the article that holds it, with 200 instead of 201.
      recover: async (err) =>
        err instanceof ArticleAlreadyImportedError
          ? json(await importedArticle(err.articleId, false))
          : null,
    }),
  },
  {
    operationId: "listChecks",
    method: "get",
    path: "/checks",
    summary: "Published fact-checks, newest first",
    tag: "checks",
    scope: "read",
    query: checkListQuerySchema,
    status: 200,
    response: checkPageSchema,
    errors: [400],
    handler: apiRead("desk:read", checkListQuerySchema, async (_user, query) =>
      json(await listPublishedChecks({ ...query, pageSize: 50 })),
    ),
  },
  {
    operationId: "getCheck",
    method: "get",
    path: "/checks/{slug}",
    summary: "One live fact-check with its ClaimReview",
    tag: "checks",
    scope: "read",
    params: checkPathSchema,
    status: 200,
    response: checkDetailSchema,
    errors: [404],
    handler: apiRead("desk:read", checkPathSchema, async (_user, { slug }) => {
      const found = await getPublishedCheck(slug);
      if (found?.state !== "live") throw notFound("That published check");
      return json(found.check);
    }),
  },
  {
    operationId: "claimReviewFeed",
    method: "get",
    path: "/claim-review",
    summary: "The schema.org ClaimReview of every live fact-check",
    tag: "checks",
    scope: "read",
    status: 200,
    response: claimReviewFeedSchema,
    errors: [],
    handler: apiRead("desk:read", z.object({}), async () => {
      const prepared = await prepareExport({ format: "claimreview" });
      return new Response(nodeToWebStream(prepared.open()), {
        headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
      });
    }),
  },
];

/** The handler of an operation, for its route file. */
export function handlerOf(operationId: string): ApiHandler {
  const op = OPERATIONS.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no /api/v1 operation ${operationId}`);
  return op.handler;
}
