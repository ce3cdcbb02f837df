"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/authorized";
import { addClaimAction } from "@/lib/claims/claims.actions";

export async function addClaim(input: unknown) {
  const result = await runAction(addClaimAction, input);
  if (!result.ok) return result;
  revalidatePath("/queue");
  return { ok: true as const, data: { id: result.data.id } };
}
