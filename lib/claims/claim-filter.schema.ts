// One vocabulary for choosing claims: the queue (URL search params), reports (the form, the
// route's query string, the CLI's options) and a future API use these names and these checks.
// Each reader takes the fields it supports; lib/claims/queue-conditions.ts renders them as SQL,
// lib/export/export-records.ts (exportWhere) as a Prisma filter.
import { z } from "zod";
import { ClaimKind, ClaimStatus } from "../generated/prisma/enums";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-31.")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "Not a real calendar date.",
  );

/** Empty form fields and query parameters mean "any". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const claimFilterFields = {
  status: optional(
    z.preprocess(
      (v) => (typeof v === "string" ? v.toUpperCase() : v),
      z.enum(ClaimStatus, {
        error: `Status must be one of ${Object.values(ClaimStatus).join(", ")}.`,
      }),
    ),
  ),
  kind: optional(z.enum(ClaimKind)),
  /** A speaker's id, or their name (any case). */
  speaker: optional(z.string().trim().max(200)),
  outlet: optional(z.string().trim().max(200)),
  /** On the date the claim was made (its article's date, or the day it was said). */
  from: optional(day),
  to: optional(day),
  minScore: optional(z.coerce.number().min(0).max(1)),
  /** "me", "none" or a user's id. */
  assignee: optional(z.union([z.literal("me"), z.literal("none"), z.uuid()])),
  maxAgeDays: optional(z.coerce.number().int().min(0).max(36500)),
  /** Full-text search on the quote and claim text. */
  q: optional(z.string().trim().max(200)),
  /** A rating's label (any case). */
  rating: optional(z.string().trim().max(100)),
};

type Fields = typeof claimFilterFields;

export const dateRangeOrder = {
  check: (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to,
  path: ["to"],
  error: "The date range is impossible: “to” is before “from”.",
};

/** Every filter, refusing bad values: what an API takes. Readers pick the fields they support. */
export function claimFilterSchema() {
  return strictClaimFilter(Object.keys(claimFilterFields) as (keyof Fields)[]).refine(
    dateRangeOrder.check,
    { path: dateRangeOrder.path, error: dateRangeOrder.error },
  );
}
export type ClaimFilter = z.output<ReturnType<typeof claimFilterSchema>>;

/** The fields `keys`, refusing bad values with a message (forms, routes, CLI). */
export function strictClaimFilter<K extends keyof Fields>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((k) => [k, claimFilterFields[k]])) as Pick<Fields, K>;
  return z.object(shape);
}

/** The fields `keys`, dropping bad values (search params a person may have edited). */
export function lenientClaimFilter<K extends keyof Fields>(keys: readonly K[]) {
  const shape = Object.fromEntries(
    keys.map((k) => [k, (claimFilterFields[k] as z.ZodType).catch(undefined)]),
  ) as { [P in K]: z.ZodCatch<Fields[P]> };
  return z.object(shape);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How a speaker filter matches: by id when it is one, else by name. */
export function speakerMatch(value: string): { id: string } | { name: string } {
  return UUID.test(value) ? { id: value } : { name: value };
}
