// Route handlers of /api/v1: the bearer token (lib/tokens/authenticate-api-token.ts) → its rate →
// the same gate as the desk (checkPermission: role ∩ token scopes) → zod → use case, with every
// error as RFC 9457 problem+json. Mutations adapt an action definition (actionResponse); reads
// name their permission and schema here.
import "server-only";
import type { z } from "zod";
import { actionResponse } from "../auth/action-route";
import { type ActionDef, checkPermission, parseInput, recordIfRefused } from "../auth/authorized";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import type { Permission } from "../auth/permissions";
import { authenticateApiToken } from "../tokens/authenticate-api-token";
import { problemFromError } from "./problem";

type Params = Record<string, string | string[] | undefined>;
export interface RouteContext {
  params: Promise<Params>;
}
export type ApiHandler = (request: Request, context: RouteContext) => Promise<Response>;

async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw invalid("The request body must be a JSON object.");
  }
  return parsed as Record<string, unknown>;
}

const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/** A mutation: the JSON body (plus what `fromPath` takes from the URL) is the action's input. */
export function apiAction<S extends z.ZodType, T, B>(
  action: ActionDef<S, T, B>,
  options: {
    fromPath?: (params: Params) => Record<string, unknown>;
    respond?: (data: T) => Response | Promise<Response>;
    /** Answers an expected ActionError itself (null: the usual problem+json). */
    recover?: (err: unknown) => Promise<Response | null>;
  } = {},
): ApiHandler {
  return async (request, context) => {
    try {
      const user = await authenticateApiToken(request.headers.get("authorization"));
      const params = await context.params;
      return await actionResponse(action, user, request, {
        read: async (r) => ({ ...(await bodyOf(r)), ...options.fromPath?.(params) }),
        respond: options.respond,
        error: async (err) => (await options.recover?.(err)) ?? problemFromError(err),
      });
    } catch (err) {
      return problemFromError(err);
    }
  };
}

/** A read: the query string and path parameters, parsed with `schema`, go to `handler`. */
export function apiRead<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  handler: (user: CurrentUser, input: z.output<S>) => Promise<Response>,
): ApiHandler {
  return async (request, context) => {
    let user: CurrentUser | null = null;
    try {
      user = await authenticateApiToken(request.headers.get("authorization"));
      const actor = checkPermission(user, permission);
      const input = parseInput(schema, { ...queryOf(request), ...(await context.params) });
      return await handler(actor, input);
    } catch (err) {
      await recordIfRefused(err, user, `api:${permission}`);
      return problemFromError(err);
    }
  };
}
