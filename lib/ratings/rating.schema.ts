import { z } from "zod";

export const ratingRowSchema = z.object({
  id: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  label: z.string().trim().min(1, "Enter a label").max(60, "Use at most 60 characters"),
  value: z.union([z.number().int().min(1, "Use 1 or more").max(100, "Use at most 100"), z.null()]),
  description: z.string().trim().max(500, "Use at most 500 characters"),
  active: z.boolean(),
});

export const ratingScaleSchema = z
  .object({
    ratings: z
      .array(ratingRowSchema)
      .min(2, "Keep at least two ratings")
      .max(20, "Use at most 20 ratings"),
  })
  .refine((s) => new Set(s.ratings.map((r) => r.label.toLowerCase())).size === s.ratings.length, {
    message: "Each label must be different",
    path: ["ratings"],
  })
  .refine((s) => s.ratings.some((r) => r.active), {
    message: "Keep at least one rating active",
    path: ["ratings"],
  });

export type RatingScaleInput = z.input<typeof ratingScaleSchema>;
