// The one adapter from an action definition to a Next server action: the gate (runAction),
// then the pages the definition names are re-rendered and the browser gets the declared shape.
// "use server" files export one line per action:
//   export const takeClaim = serverAction(takeClaimAction);
// (Next checks at run time that each export of a "use server" file is a function; this is one.)
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { revalidatePublicPages } from "../publishing/revalidate-public-pages";
import { type ActionDef, type ActionResult, runAction } from "./authorized";

export function serverAction<S extends z.ZodType, T, B>(
  action: ActionDef<S, T, B>,
): (input: unknown) => Promise<ActionResult<B>> {
  return async (input) => {
    const result = await runAction(action, input);
    if (!result.ok) return result;
    revalidateAfter(action, result.data);
    return { ok: true, data: action.browser(result.data) };
  };
}

/** Re-renders the desk pages and public checks a successful action changed. */
export function revalidateAfter<T>(action: ActionDef<z.ZodType, T, unknown>, data: T): void {
  for (const target of action.revalidate) {
    if (typeof target === "string") revalidatePath(target);
    else revalidatePath(target[0], target[1]);
  }
  // The fact-check pages are stored artifacts every instance reloads; the index and feeds are Next's.
  if ((action.publicChecks?.(data) ?? []).length > 0) revalidatePublicPages();
}
