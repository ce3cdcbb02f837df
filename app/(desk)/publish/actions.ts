"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionDef } from "@/lib/auth/authorized";
import {
  correctVerdictAction,
  publishVerdictAction,
  unpublishVerdictAction,
} from "@/lib/publishing/publishing.actions";
import { revalidatePublicPages } from "@/lib/publishing/revalidate-public-pages";

// Publish, correct and unpublish all change the public page and the publishing desk.
async function runAndRevalidate<
  S extends Parameters<typeof runAction>[0]["schema"],
  T extends { slug: string },
>(action: ActionDef<S, T>, input: unknown) {
  const result = await runAction(action, input);
  if (result.ok) {
    revalidatePublicPages();
    revalidatePath("/publish");
  }
  return result;
}

export async function publishFormAction(input: unknown) {
  return runAndRevalidate(publishVerdictAction, input);
}

export async function correctFormAction(input: unknown) {
  return runAndRevalidate(correctVerdictAction, input);
}

export async function unpublishFormAction(input: unknown) {
  return runAndRevalidate(unpublishVerdictAction, input);
}
