// Claims as /api/v1 answers them (claim.api-schema.ts): the queue's rows and the workspace.
import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import { getClaimWorkspace } from "../../claims/get-claim-workspace";
import { listClaimHistory } from "../../claims/list-claim-history";
import type { QueueRow } from "../../claims/list-queue";
import type { ClaimDetail, ClaimSummary } from "./claim.api-schema";

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function claimSummary(r: QueueRow): ClaimSummary {
  return {
    id: r.id,
    slug: r.slug,
    status: r.status,
    kind: r.kind,
    score: r.score,
    quote: r.quote,
    canonicalText: r.canonicalText,
    version: r.version,
    createdAt: new Date(r.createdAt).toISOString(),
    speaker: { id: r.speakerId, name: r.speakerName },
    outlet: r.outlet,
    saidAt: iso(r.publishedAt),
    assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName ?? "" } : null,
  };
}

/** One claim with its sources, verdict and history, or null when the user may not see it. */
export async function claimDetail(user: CurrentUser, claimId: string): Promise<ClaimDetail | null> {
  const [workspace, history] = await Promise.all([
    getClaimWorkspace({ user, claimId }),
    listClaimHistory({ user, claimId }),
  ]);
  if (!workspace || !history) return null;
  const { claim, appearance } = workspace;
  return {
    id: claim.id,
    slug: claim.slug,
    status: claim.status,
    kind: claim.kind,
    score: claim.score,
    quote: claim.quote,
    canonicalText: claim.canonicalText,
    version: claim.version,
    createdAt: claim.createdAt.toISOString(),
    speaker: { id: claim.speaker.id, name: claim.speaker.name },
    assignee: claim.assignee,
    stateLabel: workspace.stateLabel,
    appearance: {
      outlet: appearance.outlet,
      title: appearance.title,
      url: appearance.url,
      saidAt: iso(appearance.publishedAt),
    },
    sources: claim.sources.map((s) => ({
      id: s.id,
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      isPrimary: s.isPrimary,
    })),
    verdict: claim.verdict && {
      rating: claim.verdict.rating?.label ?? null,
      conclusion: claim.verdict.conclusion,
      analysis: claim.verdict.analysis,
      revision: claim.verdict.revision,
      version: claim.verdict.version,
    },
    publication: claim.publication,
    history: history.map((h) => ({
      action: h.action,
      actorName: h.actorName,
      createdAt: h.createdAt.toISOString(),
    })),
  };
}
