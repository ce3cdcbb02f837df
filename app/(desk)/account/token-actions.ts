"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import { createOwnApiTokenAction, revokeOwnApiTokenAction } from "@/lib/tokens/tokens.actions";

export const createOwnApiToken = serverAction(createOwnApiTokenAction);
export const revokeOwnApiToken = serverAction(revokeOwnApiTokenAction);
