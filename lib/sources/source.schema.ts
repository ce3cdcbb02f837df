import { z } from "zod";

const httpUrl = z
  .string()
  .trim()
  .min(1, "Enter the source's address")
  .max(2000, "Use at most 2000 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "Use a web address starting with http:// or https://");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((v) => v || undefined);

const isIsoDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isIsoDate(v), "Use a date like 2024-03-31")
  .optional()
  .transform((v) => v || undefined);

export const sourceFieldsSchema = z.object({
  url: httpUrl,
  title: z.string().trim().min(1, "Enter a title").max(500, "Use at most 500 characters"),
  publisher: optionalText(300),
  publishedAt: optionalDate,
  accessedAt: z.iso.date("Use a date like 2024-03-31"),
  excerpt: optionalText(5000),
  isPrimary: z.boolean(),
  notes: optionalText(5000),
});

export const addSourceSchema = sourceFieldsSchema.extend({ claimId: z.uuid("Unknown claim id") });
export const editSourceSchema = sourceFieldsSchema.extend({
  sourceId: z.uuid("Unknown source id"),
  version: z.number().int().min(1),
});
export const removeSourceSchema = z.object({
  sourceId: z.uuid("Unknown source id"),
  version: z.number().int().min(1),
});

export type SourceFields = z.output<typeof sourceFieldsSchema>;
export type SourceFormInput = z.input<typeof sourceFieldsSchema>;
