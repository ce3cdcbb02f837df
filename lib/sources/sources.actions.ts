import { defineAction } from "../auth/authorized";
import { CLAIM_PAGES, idAndVersion } from "../claims/desk-pages";
import { addSource } from "./add-source";
import { editSource } from "./edit-source";
import { removeSource } from "./remove-source";
import { addSourceSchema, editSourceSchema, removeSourceSchema } from "./source.schema";

export const addSourceAction = defineAction({
  name: "source.add",
  permission: "source:edit",
  schema: addSourceSchema,
  handler: (user, data) => addSource({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const editSourceAction = defineAction({
  name: "source.edit",
  permission: "source:edit",
  schema: editSourceSchema,
  handler: (user, data) => editSource({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const removeSourceAction = defineAction({
  name: "source.remove",
  permission: "source:edit",
  schema: removeSourceSchema,
  handler: (user, data) => removeSource({ user, ...data }),
  browser: (source) => ({ id: source.id }),
  revalidate: CLAIM_PAGES,
});
