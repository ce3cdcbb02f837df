// One schema for the Reports form, the route handler's query string and the CLI options.
import { z } from "zod";
import { dateRangeOrder, strictClaimFilter } from "../claims/claim-filter.schema";

export const EXPORT_FORMATS = ["csv", "json", "claimreview", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The claim filters reports accept (lib/claims/claim-filter.schema.ts). */
export const exportFilterSchema = strictClaimFilter([
  "from",
  "to",
  "speaker",
  "status",
  "rating",
]).refine(dateRangeOrder.check, { path: dateRangeOrder.path, error: dateRangeOrder.error });

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
