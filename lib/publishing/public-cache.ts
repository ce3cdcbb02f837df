// Reader-facing reads go through Next's data cache, tagged so publishing refreshes them:
// readers never cause a database query until something is published, corrected or withdrawn.
import "server-only";
import { unstable_cache } from "next/cache";
import { getSettings } from "../settings/get-settings";
import { listCorrectionsLog } from "./list-corrections-log";
import { listPublicFilters, listPublishedChecks } from "./list-published-checks";

export const PUBLIC_CHECKS_TAG = "public-checks";
export const SETTINGS_TAG = "public-settings";

export const cachedPublishedChecks = unstable_cache(listPublishedChecks, ["published-checks"], {
  tags: [PUBLIC_CHECKS_TAG],
});
export const cachedPublicFilters = unstable_cache(listPublicFilters, ["public-filters"], {
  tags: [PUBLIC_CHECKS_TAG],
});
export const cachedCorrectionsLog = unstable_cache(listCorrectionsLog, ["corrections-log"], {
  tags: [PUBLIC_CHECKS_TAG],
});
export const cachedSettings = unstable_cache(getSettings, ["public-settings"], {
  tags: [SETTINGS_TAG],
  revalidate: 300,
});
