// Errors a user can cause. Each carries the message shown to them; actions turn these into
// an ActionResult, route handlers into a status code.
export type ActionErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "INVALID"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_LARGE"
  | "TOO_MANY";

const STATUS: Record<ActionErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  TOO_MANY: 429,
};

export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ActionError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new ActionError("NOT_FOUND", `${what} was not found`);
export const conflict = (message: string) => new ActionError("CONFLICT", message);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new ActionError("INVALID", message, fieldErrors);
