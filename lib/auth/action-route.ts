// The one adapter from an action definition to a route handler (the import upload, take-next,
// /api/v1 through lib/api/api-route.ts): the same gate as the server actions — session → permission →
// zod parse → use case — with errors as JSON and a status code.
import "server-only";
import type { z } from "zod";
import { isSameOrigin } from "../security/same-origin";
import {
  type ActionDef,
  checkPermission,
  errorResponse,
  parseInput,
  recordIfRefused,
} from "./authorized";
import { type CurrentUser, getCurrentUser } from "./current-user";
import { invalid } from "./errors";
import { revalidateAfter } from "./server-action";

export interface ActionRouteOptions<S extends z.ZodType, T> {
  /** The input as the schema expects it. Default: the query string for GET, else the JSON body. */
  read?: (request: Request) => unknown | Promise<unknown>;
  /** The success response. Default: the declared browser shape as JSON. */
  respond?: (data: T) => Response | Promise<Response>;
  /** Runs the use case itself (to stream progress, say) instead of the action's handler. */
  run?: (user: CurrentUser, data: z.output<S>) => Promise<Response>;
  /** Refuse cross-site requests here: for routes the proxy does not see. */
  sameOrigin?: boolean;
  /** Renders a user's mistake (an ActionError). Default: `{ error, code, fieldErrors }` JSON. */
  error?: (err: unknown) => Response | Promise<Response>;
}

export function actionRoute<S extends z.ZodType, T, B>(
  action: ActionDef<S, T, B>,
  options: ActionRouteOptions<S, T> = {},
): (request: Request) => Promise<Response> {
  return async (request) => actionResponse(action, await getCurrentUser(), request, options);
}

/** actionRoute for an explicit user (null = signed out); tests use this directly. */
export async function actionResponse<S extends z.ZodType, T, B>(
  action: ActionDef<S, T, B>,
  user: CurrentUser | null,
  request: Request,
  options: ActionRouteOptions<S, T> = {},
): Promise<Response> {
  if (options.sameOrigin && !isSameOrigin(request)) {
    return Response.json(
      {
        error: "This request did not come from a Claimdesk page (cross-site requests are refused).",
        code: "FORBIDDEN",
      },
      { status: 403 },
    );
  }
  try {
    const actor = checkPermission(user, action.permission);
    const data = parseInput(action.schema, await (options.read ?? readInput)(request));
    if (options.run) return await options.run(actor, data);
    const result = await action.handler(actor, data);
    revalidateAfter(action, result);
    return options.respond ? await options.respond(result) : Response.json(action.browser(result));
  } catch (err) {
    await recordIfRefused(err, user, action.name);
    return await (options.error ?? errorResponse)(err);
  }
}

async function readInput(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") {
    return Object.fromEntries(new URL(request.url).searchParams);
  }
  const body = await request.text();
  if (!body) return {};
  try {
    return JSON.parse(body);
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
}
