// Called by the server actions after a publish, correction or withdrawal succeeds.
import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { forgetGoneChecks } from "./gone-checks";
import { PUBLIC_CHECKS_TAG } from "./public-cache";

export function revalidatePublicPages(slug: string): void {
  revalidatePath(`/checks/${slug}`);
  revalidatePath("/checks/[slug]/revisions/[n]", "page");
  revalidateTag(PUBLIC_CHECKS_TAG, { expire: 0 });
  forgetGoneChecks();
}
