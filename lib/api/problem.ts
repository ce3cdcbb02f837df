// RFC 9457 problem details: every /api/v1 error has this body and `application/problem+json`.
import { z } from "zod";
import { ActionError, type ActionErrorCode } from "../auth/errors";

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.record(z.string(), z.array(z.string())).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });
export type Problem = z.infer<typeof problemSchema>;

const TITLES: Record<ActionErrorCode, string> = {
  UNAUTHENTICATED: "Unauthorized",
  FORBIDDEN: "Forbidden",
  INVALID: "Invalid request",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflict",
  TOO_LARGE: "Payload too large",
  TOO_MANY: "Too many requests",
};

export function problemResponse(
  status: number,
  code: ActionErrorCode,
  detail: string,
  extra: { errors?: Record<string, string[]>; headers?: HeadersInit } = {},
): Response {
  const body: Problem = {
    type: `urn:claimdesk:problem:${code.toLowerCase().replaceAll("_", "-")}`,
    title: TITLES[code],
    status,
    detail,
    code,
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  const headers = new Headers(extra.headers);
  headers.set("content-type", "application/problem+json");
  headers.set("cache-control", "no-store");
  if (code === "UNAUTHENTICATED") headers.set("www-authenticate", 'Bearer realm="claimdesk"');
  return new Response(JSON.stringify(body), { status, headers });
}

/** A user's mistake as problem+json (429s carry Retry-After); anything else is rethrown. */
export function problemFromError(err: unknown): Response {
  if (!(err instanceof ActionError)) throw err;
  const retryAfter = (err as { retryAfterSeconds?: number }).retryAfterSeconds;
  return problemResponse(err.status, err.code, err.message, {
    errors: err.fieldErrors,
    headers: retryAfter ? { "retry-after": String(retryAfter) } : undefined,
  });
}
