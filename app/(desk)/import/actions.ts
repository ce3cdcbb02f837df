"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/authorized";
import { clipClaimAction, previewClipAction } from "@/lib/claims/claims.actions";
import { acceptCandidatesAction, dismissCandidatesAction } from "@/lib/import/import.actions";

function revalidateArticle() {
  revalidatePath("/import/[articleId]", "page");
  revalidatePath("/queue");
}

export async function acceptCandidates(input: unknown) {
  const result = await runAction(acceptCandidatesAction, input);
  if (result.ok) revalidateArticle();
  return result;
}

export async function dismissCandidates(input: unknown) {
  const result = await runAction(dismissCandidatesAction, input);
  if (result.ok) revalidatePath("/import/[articleId]", "page");
  return result;
}

export async function previewClip(input: unknown) {
  return runAction(previewClipAction, input);
}

export async function clipClaim(input: unknown) {
  const result = await runAction(clipClaimAction, input);
  if (!result.ok) return result;
  revalidateArticle();
  revalidatePath("/claims/[id]", "page");
  return { ok: true as const, data: { id: result.data.id } };
}
