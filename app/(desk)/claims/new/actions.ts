"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import { addClaimAction } from "@/lib/claims/claims.actions";

export const addClaim = serverAction(addClaimAction);
