import { defineAction } from "../auth/authorized";
import { CLAIM_PAGES } from "../claims/desk-pages";
import { createCommentSchema, deleteCommentSchema, editCommentSchema } from "./comment.schema";
import { createComment } from "./create-comment";
import { deleteComment } from "./delete-comment";
import { editComment } from "./edit-comment";

export const createCommentAction = defineAction({
  name: "comment.create",
  permission: "comment:write",
  schema: createCommentSchema,
  handler: (user, data) => createComment({ user, ...data }),
  revalidate: CLAIM_PAGES,
});

export const editCommentAction = defineAction({
  name: "comment.edit",
  permission: "comment:write",
  schema: editCommentSchema,
  handler: (user, data) => editComment({ user, ...data }),
  revalidate: CLAIM_PAGES,
});

export const deleteCommentAction = defineAction({
  name: "comment.delete",
  permission: "comment:write",
  schema: deleteCommentSchema,
  handler: (user, data) => deleteComment({ user, ...data }),
  revalidate: CLAIM_PAGES,
});
