// The one gate for every mutation: session → permission → zod parse → handler.
import type { z } from "zod";
import { ActionError, type ActionErrorCode } from "./errors";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { can, type Permission } from "./permissions";
import { recordSecurityEvent } from "../security/record-security-event";
import { getMove, type MoveName } from "../workflow/claim-workflow";
import { TWO_FACTOR_SETUP_MESSAGE } from "../two-factor/two-factor-requirement";
import { scopeFor } from "../tokens/token-scopes";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ActionErrorCode; error: string; fieldErrors?: Record<string, string[]> };

export async function requireUser(permission: Permission): Promise<CurrentUser> {
  return checkPermission(await getCurrentUser(), permission);
}

export function checkPermission(user: CurrentUser | null, permission: Permission): CurrentUser {
  if (!user) throw new ActionError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  if (!can(user.role, permission)) {
    throw new ActionError("FORBIDDEN", `Your role (${user.role.toLowerCase()}) may not do this.`);
  }
  if (!scopeAllows(user, permission)) {
    const scope = scopeFor(permission);
    throw new ActionError(
      "FORBIDDEN",
      scope
        ? `This API token lacks the "${scope}" scope.`
        : "API tokens may not do this; sign in to the desk.",
    );
  }
  if (!permits(user, permission)) throw new ActionError("FORBIDDEN", TWO_FACTOR_SETUP_MESSAGE);
  return user;
}

/**
 * The role allows it, an API token's scopes (if any) allow it, and the user is not held to
 * two-factor enrolment by the admin setting.
 */
export function permits(user: CurrentUser, permission: Permission): boolean {
  if (user.mustSetUpTwoFactor && permission !== "account:two-factor") return false;
  return can(user.role, permission) && scopeAllows(user, permission);
}

function scopeAllows(user: CurrentUser, permission: Permission): boolean {
  if (!user.scopes) return true; // a desk session: the role alone decides
  const scope = scopeFor(permission);
  return scope !== null && user.scopes.includes(scope);
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  const first = parsed.error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  throw new ActionError("INVALID", `${where}${first?.message ?? "invalid input"}`, fieldErrors);
}

export function toActionResult(err: unknown): ActionResult<never> {
  if (err instanceof ActionError) {
    return { ok: false, code: err.code, error: err.message, fieldErrors: err.fieldErrors };
  }
  throw err; // never swallow an unexpected error
}

/** A page Next should re-render after an action succeeds: a path, or a route pattern and its kind. */
export type RevalidateTarget = string | readonly [path: string, type: "page" | "layout"];

export interface ActionDef<S extends z.ZodType, T, B = T> {
  name: string;
  permission: Permission;
  /** The workflow move this action makes; its permission then comes from the move table. */
  move?: MoveName;
  schema: S;
  handler: (user: CurrentUser, data: z.output<S>) => Promise<T>;
  /** What a browser (server action) or API client is sent on success; all of `T` when omitted. */
  browser: (data: T) => B;
  /** Desk pages that show what this action changes (re-rendered after a success). */
  revalidate: readonly RevalidateTarget[];
  /** Slugs of published checks whose public pages this success changed. */
  publicChecks?: (data: T) => readonly string[];
}

type Declared<S extends z.ZodType, T, B> = Omit<
  ActionDef<S, T, B>,
  "permission" | "move" | "browser" | "revalidate"
> &
  ({ permission: Permission; move?: never } | { move: MoveName; permission?: never }) & {
    browser?: (data: T) => B;
    revalidate?: readonly RevalidateTarget[];
  };

// biome-ignore lint/suspicious/noExplicitAny: the registry holds actions of every input and result type
export type AnyAction = ActionDef<z.ZodType, any, any>;

/**
 * Declares a mutation once: the permission it needs (or the workflow move it makes, whose
 * permission the buttons use too), the zod schema of its input, the use case it runs, what the
 * browser gets back and which pages it changes. lib/<domain>/*.actions.ts declare them; "use
 * server" files export one line each (lib/auth/server-action.ts), route handlers adapt them
 * (lib/auth/action-route.ts). Names are unique: a second action with a taken name throws.
 */
export function defineAction<S extends z.ZodType, T, B = T>(
  declared: Declared<S, T, B>,
): ActionDef<S, T, B> {
  if (ACTIONS.has(declared.name)) {
    throw new Error(`an action named "${declared.name}" is already defined; names must be unique`);
  }
  const def: ActionDef<S, T, B> = {
    ...declared,
    permission: declared.move
      ? getMove(declared.move).permission
      : (declared.permission as Permission),
    browser: declared.browser ?? ((data: T) => data as unknown as B),
    revalidate: declared.revalidate ?? [],
  };
  ACTIONS.set(def.name, def as AnyAction);
  return def;
}

// Every action defined so far (lib/**/*.actions.ts), by name: the permission test walks them for
// every role.
const ACTIONS = new Map<string, AnyAction>();

export function definedActions(): readonly AnyAction[] {
  return [...ACTIONS.values()];
}

/** Runs an action for an explicit user (null = signed out); tests use this directly. */
export async function runActionAs<S extends z.ZodType, T>(
  action: ActionDef<S, T, unknown>,
  user: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<T>> {
  try {
    const actor = checkPermission(user, action.permission);
    const data = parseInput(action.schema, input);
    return { ok: true, data: await action.handler(actor, data) };
  } catch (err) {
    await recordIfRefused(err, user, action.name);
    return toActionResult(err);
  }
}

/** A FORBIDDEN answer (from the role map or a use case's own rule) is a security event. */
export async function recordIfRefused(
  err: unknown,
  user: CurrentUser | null,
  what: string,
): Promise<void> {
  if (!(err instanceof ActionError) || err.code !== "FORBIDDEN") return;
  await recordSecurityEvent({
    kind: "permission.denied",
    actorId: user?.id,
    userId: user?.id,
    detail: { action: what, role: user?.role ?? null, message: err.message },
  });
}

/** Runs an action for the signed-in user of this request. */
export async function runAction<S extends z.ZodType, T>(
  action: ActionDef<S, T, unknown>,
  input: unknown,
): Promise<ActionResult<T>> {
  return runActionAs(action, await getCurrentUser(), input);
}

/** The same gate for route handlers: returns the JSON error response, or the handler's. */
export async function authorizedRoute(
  permission: Permission,
  handler: (user: CurrentUser) => Promise<Response>,
): Promise<Response> {
  return authorizedRouteAs(await getCurrentUser(), permission, handler);
}

/** authorizedRoute for an explicit user (null = signed out); tests use this directly. */
export async function authorizedRouteAs(
  user: CurrentUser | null,
  permission: Permission,
  handler: (user: CurrentUser) => Promise<Response>,
): Promise<Response> {
  try {
    return await handler(checkPermission(user, permission));
  } catch (err) {
    await recordIfRefused(err, user, `route:${permission}`);
    return errorResponse(err);
  }
}

/** A user's mistake as a JSON response with its status; anything else is rethrown. */
export function errorResponse(err: unknown): Response {
  if (err instanceof ActionError) {
    return Response.json(
      { error: err.message, code: err.code, fieldErrors: err.fieldErrors },
      { status: err.status },
    );
  }
  throw err;
}
