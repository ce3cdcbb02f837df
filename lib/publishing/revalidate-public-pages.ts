// Called by the server actions after a publish, correction or withdrawal succeeds: the public
// index, feeds and corrections log are Next pages cached under one tag. (The fact-check pages
// themselves are stored pages, reloaded by every instance over LISTEN: published-page-cache.ts.)
import "server-only";
import { revalidateTag } from "next/cache";
import { PUBLIC_CHECKS_TAG } from "./public-cache";

export function revalidatePublicPages(): void {
  revalidateTag(PUBLIC_CHECKS_TAG, { expire: 0 });
}
