"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/authorized";
import { correctVerdictAction, publishVerdictAction, unpublishVerdictAction } from "@/lib/publishing/publishing.actions";
import { revalidatePublicPages } from "@/lib/publishing/revalidate-public-pages";

export async function publishFormAction(input: unknown) {
  const result = await runAction(publishVerdictAction, input);
  if (result.ok) {
    revalidatePublicPages(result.data.slug);
    revalidatePath("/publish");
  }
  return result;
}

export async function correctFormAction(input: unknown) {
  const result = await runAction(correctVerdictAction, input);
  if (result.ok) {
    revalidatePublicPages(result.data.slug);
    revalidatePath("/publish");
  }
  return result;
}

export async function unpublishFormAction(input: unknown) {
  const result = await runAction(unpublishVerdictAction, input);
  if (result.ok) {
    revalidatePublicPages(result.data.slug);
    revalidatePath("/publish");
  }
  return result;
}
