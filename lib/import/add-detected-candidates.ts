// Detection again on an imported article (a corrected speaker, a new model): new candidates go
// only where no claim of the article is yet, so a passage is never a claim twice.
import "server-only";
import { afterCommit, type Tx } from "../db";
import type { DetectedClaim } from "./detect/detect-claims";
import { detectedClaimFields } from "./import-article";
import { announceClaimChanges } from "../claims/claim-change-feed";

interface ExistingSpan {
  startOffset: number | null;
  endOffset: number | null;
}

export interface AddDetectedCandidatesOptions {
  articleId: string;
  speakerId: string;
  detected: DetectedClaim[];
  /** Per detected claim, the earlier claim it repeats (lookUpRepeatRoots). */
  roots: (string | null)[];
  existing: ExistingSpan[];
}

const overlaps = (d: DetectedClaim, e: ExistingSpan) =>
  e.startOffset !== null && e.endOffset !== null && e.startOffset < d.end && d.start < e.endOffset;

/** Inserts the detected claims that overlap no existing one as triage candidates; returns their ids. */
export async function addDetectedCandidates(
  tx: Tx,
  o: AddDetectedCandidatesOptions,
): Promise<string[]> {
  const rows = o.detected.flatMap((c, i) =>
    o.existing.some((e) => overlaps(c, e))
      ? []
      : [
          {
            ...detectedClaimFields(c),
            articleId: o.articleId,
            speakerId: o.speakerId,
            status: "CANDIDATE" as const,
            repeatOfId: o.roots[i] ?? null,
          },
        ],
  );
  if (rows.length === 0) return [];
  await tx.claim.createMany({ data: rows });
  afterCommit(tx, () =>
    announceClaimChanges(
      rows.map((r) => ({ id: r.id, status: r.status, version: 1, assigneeId: null })),
      "INSERT",
    ),
  );
  return rows.map((r) => r.id);
}
