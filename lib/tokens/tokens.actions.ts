// API tokens in the desk: one's own (Account → Access tokens) and every user's (Admin → Access
// tokens). The same use cases as the CLI (scripts/cli/tokens.ts).
import { defineAction } from "../auth/authorized";
import {
  createApiTokenSchema,
  createOwnApiTokenSchema,
  revokeApiTokenSchema,
} from "./api-token.schema";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";

const ACCOUNT_PAGE = "/account";
const ADMIN_PAGE = "/admin/tokens";

/** The browser gets the token in clear this once, and nothing it could not list later. */
const shownOnce = (created: Awaited<ReturnType<typeof createApiToken>>) => ({
  id: created.id,
  name: created.name,
  token: created.token,
});

export const createOwnApiTokenAction = defineAction({
  name: "token.createOwn",
  permission: "account:tokens",
  schema: createOwnApiTokenSchema,
  handler: (user, data) => createApiToken({ ...data, userId: user.id, actorId: user.id }),
  browser: shownOnce,
  revalidate: [ACCOUNT_PAGE],
});

export const revokeOwnApiTokenAction = defineAction({
  name: "token.revokeOwn",
  permission: "account:tokens",
  schema: revokeApiTokenSchema,
  handler: async (user, data) => {
    await revokeApiToken({ actorId: user.id, tokenId: data.tokenId, ownerId: user.id });
    return { tokenId: data.tokenId };
  },
  revalidate: [ACCOUNT_PAGE],
});

export const createApiTokenAction = defineAction({
  name: "token.create",
  permission: "token:manage",
  schema: createApiTokenSchema,
  handler: (user, data) => createApiToken({ ...data, actorId: user.id }),
  browser: shownOnce,
  revalidate: [ADMIN_PAGE, ACCOUNT_PAGE],
});

export const revokeApiTokenAction = defineAction({
  name: "token.revoke",
  permission: "token:manage",
  schema: revokeApiTokenSchema,
  handler: async (user, data) => {
    await revokeApiToken({ actorId: user.id, tokenId: data.tokenId });
    return { tokenId: data.tokenId };
  },
  revalidate: [ADMIN_PAGE, ACCOUNT_PAGE],
});
