import type { ClaimHistoryEntry } from "@/lib/claims/list-claim-history";
import { formatTime } from "@/lib/claims/claim-conflict";

const LABELS: Record<string, string> = {
  "article.import": "imported the article it was found in",
  "claim.take": "took the claim",
  "claim.release": "released the claim to the queue",
  "claim.assign": "reassigned the claim",
  "claim.dismiss": "dismissed the claim",
  "claim.restore": "restored the claim to the queue",
  "claim.accept": "accepted the claim into the queue",
  "claim.clip": "clipped the claim from the article",
  "claim.add": "added the claim",
  "claim.changeSpeaker": "moved the claim to another speaker",
  "claim.editText": "edited the claim text",
  "claim.submit": "submitted the verdict for review",
  "claim.approve": "approved the verdict",
  "claim.requestChanges": "requested changes",
  "claim.publish": "published the fact-check",
  "claim.unpublish": "unpublished the fact-check",
  "source.add": "added a source",
  "source.edit": "edited a source",
  "source.remove": "removed a source",
  "verdict.saveDraft": "saved the verdict draft",
  "verdict.submit": "froze verdict revision",
  "verdict.correct": "corrected the published verdict",
};

function detail(e: ClaimHistoryEntry): string | null {
  const a = e.after ?? {};
  const b = e.before ?? {};
  if (e.action === "claim.take" && a.assignedBy) return "assigned by a reviewer";
  if (e.action === "claim.dismiss") return [a.reason, a.note].filter(Boolean).join(" — ");
  if (e.action === "claim.requestChanges" || e.action === "claim.approve")
    return (a.comment as string) || null;
  if (e.action === "claim.editText") return `“${String(a.canonicalText ?? "")}”`;
  if (e.entityType === "source") return String(a.title ?? b.title ?? "");
  if (e.action === "verdict.submit") return `${a.revision} (${a.sources} sources)`;
  if (e.action === "verdict.correct") return `revision ${a.revision} — ${String(a.note ?? "")}`;
  if (e.action === "claim.add") return [a.outlet, a.url].filter(Boolean).join(" — ");
  if (e.action === "article.import") return `${String(a.outlet ?? "")}: ${String(a.title ?? "")}`;
  return null;
}

/** Every event on the claim, its verdict and its sources, oldest first. */
export function ClaimHistory({ entries }: { entries: ClaimHistoryEntry[] }) {
  if (entries.length === 0) return <p className="muted">Nothing has happened to this claim yet.</p>;
  return (
    <ol className="history" data-testid="history">
      {entries.map((e) => {
        const d = detail(e);
        return (
          <li key={e.id} data-action={e.action}>
            <span className="muted small">{formatTime(e.createdAt)}</span>{" "}
            <strong>{e.actorName}</strong> {LABELS[e.action] ?? e.action}
            {d && (
              <>
                : <span>{d}</span>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
