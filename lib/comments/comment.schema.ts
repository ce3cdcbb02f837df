import { z } from "zod";

export const COMMENT_MAX = 10_000;

export const commentBodySchema = z
  .string()
  .trim()
  .min(1, "Write something before posting the comment.")
  .max(COMMENT_MAX, `A comment can be at most 10,000 characters; shorten it.`);

export const createCommentSchema = z.object({ claimId: z.uuid(), body: commentBodySchema });
export const editCommentSchema = z.object({
  commentId: z.uuid(),
  version: z.int().min(1),
  body: commentBodySchema,
});
export const deleteCommentSchema = z.object({ commentId: z.uuid() });

export type CreateCommentInput = z.infer<typeof createCommentSchema>;
export type EditCommentInput = z.infer<typeof editCommentSchema>;
