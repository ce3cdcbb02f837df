"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/authorized";
import { clipClaimAction, previewClipAction } from "@/lib/claims/claims.actions";
import {
  acceptCandidatesAction,
  correctSpeakerAction,
  dismissCandidatesAction,
  rerunDetectionAction,
} from "@/lib/import/import.actions";
import { revalidatePublicPages } from "@/lib/publishing/revalidate-public-pages";

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

export async function correctSpeaker(input: unknown) {
  const result = await runAction(correctSpeakerAction, input);
  if (result.ok) {
    revalidateArticle();
    // A published check names its speaker on the public page and in its ClaimReview.
    if (result.data.movedPublications.length > 0) revalidatePublicPages();
  }
  return result;
}

export async function rerunDetection(input: unknown) {
  const result = await runAction(rerunDetectionAction, input);
  if (result.ok) revalidateArticle();
  return result;
}
