// Which desk pages show a claim or an article's candidates: actions name them to be re-rendered.
import type { RevalidateTarget } from "../auth/authorized";

export const CLAIM_PAGES: readonly RevalidateTarget[] = [["/claims/[id]", "page"], "/queue"];
export const ARTICLE_PAGES: readonly RevalidateTarget[] = [
  ["/import/[articleId]", "page"],
  "/queue",
];

/** What the browser needs after a change to a versioned row: its id and new version. */
export const idAndVersion = (row: { id: string; version: number }) => ({
  id: row.id,
  version: row.version,
});
