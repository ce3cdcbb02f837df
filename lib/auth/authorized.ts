// The one gate for every mutation: session → permission → zod parse → handler.
import type { z } from "zod";
import { ActionError, type ActionErrorCode } from "./errors";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { can, type Permission } from "./permissions";
import { recordSecurityEvent } from "../security/record-security-event";
import { TWO_FACTOR_SETUP_MESSAGE } from "../two-factor/two-factor-requirement";

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
  if (!permits(user, permission)) throw new ActionError("FORBIDDEN", TWO_FACTOR_SETUP_MESSAGE);
  return user;
}

/** The role allows it, and the user is not held to two-factor enrolment by the admin setting. */
export function permits(user: CurrentUser, permission: Permission): boolean {
  if (user.mustSetUpTwoFactor && permission !== "account:two-factor") return false;
  return can(user.role, permission);
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

export interface ActionDef<S extends z.ZodType, T> {
  name: string;
  permission: Permission;
  schema: S;
  handler: (user: CurrentUser, data: z.output<S>) => Promise<T>;
}

/**
 * Declares a mutation once: the permission it needs, the zod schema of its input and the use
 * case it runs. lib/<domain>/*.actions.ts declare them; "use server" files only forward:
 *   export async function takeNext(input: unknown) { return runAction(takeNextAction, input); }
 */
export function defineAction<S extends z.ZodType, T>(def: ActionDef<S, T>): ActionDef<S, T> {
  ACTIONS.push(def as ActionDef<z.ZodType, unknown>);
  return def;
}

// Every action defined so far (lib/**/*.actions.ts): the permission test walks them for every
// role and checks their names are unique.
const ACTIONS: ActionDef<z.ZodType, unknown>[] = [];

export function definedActions(): readonly ActionDef<z.ZodType, unknown>[] {
  return ACTIONS;
}

/** Runs an action for an explicit user (null = signed out); tests use this directly. */
export async function runActionAs<S extends z.ZodType, T>(
  action: ActionDef<S, T>,
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
async function recordIfRefused(
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
  action: ActionDef<S, T>,
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
    if (err instanceof ActionError) {
      return Response.json(
        { error: err.message, code: err.code, fieldErrors: err.fieldErrors },
        { status: err.status },
      );
    }
    throw err;
  }
}
