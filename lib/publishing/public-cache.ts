// Reader-facing reads go through Next's data cache, tagged so publishing refreshes them on the
// publishing instance, and keyed by the generation every instance advances when it hears of a
// change (public-cache-generation.ts): readers never cause a database query until something is
// published, corrected or withdrawn, on whichever instance.
import "server-only";
import { unstable_cache } from "next/cache";
import { getSettings } from "../settings/get-settings";
import { publicGeneration } from "./public-cache-generation";
import { listCorrectionsLog } from "./list-corrections-log";
import { listPublicFilters, listPublishedChecks } from "./list-published-checks";

export const PUBLIC_CHECKS_TAG = "public-checks";
export const SETTINGS_TAG = "public-settings";

/** Cached under the current generation: a change heard from any instance starts a new one. */
function generational<A extends unknown[], R>(read: (...args: A) => Promise<R>, key: string) {
  return (...args: A): Promise<R> =>
    unstable_cache(read, [key, `generation-${publicGeneration()}`], {
      tags: [PUBLIC_CHECKS_TAG],
    })(...args);
}

export const cachedPublishedChecks = generational(listPublishedChecks, "published-checks");
export const cachedPublicFilters = generational(listPublicFilters, "public-filters");
export const cachedCorrectionsLog = generational(listCorrectionsLog, "corrections-log");
export const cachedSettings = unstable_cache(getSettings, ["public-settings"], {
  tags: [SETTINGS_TAG],
  revalidate: 300,
});
