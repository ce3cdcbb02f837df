"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
// Taking, assigning and releasing one claim are the claim page's (../claims/[id]/actions.ts).
import { serverAction } from "@/lib/auth/server-action";
import { takeNextClaimAction } from "@/lib/claims/claims.actions";

export const takeNextClaim = serverAction(takeNextClaimAction);
