"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/authorized";
import { acceptCandidatesAction, dismissCandidatesAction } from "@/lib/import/import.actions";

export async function acceptCandidates(input: unknown) {
  const result = await runAction(acceptCandidatesAction, input);
  if (result.ok) {
    revalidatePath("/import/[articleId]", "page");
    revalidatePath("/queue");
  }
  return result;
}

export async function dismissCandidates(input: unknown) {
  const result = await runAction(dismissCandidatesAction, input);
  if (result.ok) revalidatePath("/import/[articleId]", "page");
  return result;
}
