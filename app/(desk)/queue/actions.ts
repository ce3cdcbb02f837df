"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/authorized";
import {
  assignClaimAction,
  releaseClaimAction,
  takeClaimAction,
  takeNextClaimAction,
} from "@/lib/claims/claims.actions";

export async function takeNextClaim(input: unknown) {
  const result = await runAction(takeNextClaimAction, input);
  if (result.ok) revalidatePath("/queue");
  return result;
}

export async function takeClaim(input: unknown) {
  const result = await runAction(takeClaimAction, input);
  if (result.ok) revalidatePath("/queue");
  return result.ok ? { ok: true as const, data: { id: result.data.id } } : result;
}

export async function assignClaim(input: unknown) {
  const result = await runAction(assignClaimAction, input);
  if (result.ok) revalidatePath("/queue");
  return result.ok ? { ok: true as const, data: { id: result.data.id } } : result;
}

export async function releaseClaim(input: unknown) {
  const result = await runAction(releaseClaimAction, input);
  if (result.ok) revalidatePath("/queue");
  return result.ok ? { ok: true as const, data: { id: result.data.id } } : result;
}
