"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/tokens/tokens.actions";

export const createApiToken = serverAction(createApiTokenAction);
export const revokeApiToken = serverAction(revokeApiTokenAction);
