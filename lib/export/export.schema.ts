// One schema for the Reports form, the route handler's query string and the CLI options.
import { z } from "zod";
import { ClaimStatus } from "../generated/prisma/enums";

export const EXPORT_FORMATS = ["csv", "json", "claimreview", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

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

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const exportFilterSchema = z
  .object({
    /** On the date the claim was made (its article's date); see lib/export/README.md. */
    from: optional(day),
    to: optional(day),
    speaker: optional(z.string().trim().max(200)),
    status: optional(
      z.preprocess(
        (v) => (typeof v === "string" ? v.toUpperCase() : v),
        z.enum(ClaimStatus, {
          error: `Status must be one of ${Object.values(ClaimStatus).join(", ")}.`,
        }),
      ),
    ),
    rating: optional(z.string().trim().max(100)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ["to"],
    error: "The date range is impossible: “to” is before “from”.",
  });

export const exportQuerySchema = z.intersection(
  z.object({
    format: z.enum(EXPORT_FORMATS, {
      error: `Format must be one of ${EXPORT_FORMATS.join(", ")}.`,
    }),
  }),
  exportFilterSchema,
);

export type ExportFilter = z.output<typeof exportFilterSchema>;
export type ExportQuery = z.output<typeof exportQuerySchema>;
export type ExportQueryInput = z.input<typeof exportQuerySchema>;
