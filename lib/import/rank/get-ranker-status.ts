// What Admin shows about the claim ranker: what it was trained on, how it cross-validated, and
// how many desk decisions were made since (they wait for `npm run train:ranker -- --from-db`).
import "server-only";
import rankerJson from "@/lib/import/detect/claim-ranker.json" with { type: "json" };
import { countDecisionsSince } from "@/lib/claims/count-decisions-since";

interface Figures {
  precision: number;
  recall: number;
}

export interface RankerStatus {
  trainedAt: Date | null;
  articles: number;
  genres: string[];
  deskDecisions: number;
  variant: string;
  method: string;
  overall: Figures;
  perGenre: [string, Figures][];
  /** Desk decisions made after the newest one the model was trained on. */
  waitingDecisions: number;
}

interface Training {
  trainedAt?: string;
  articles?: string[];
  genres?: string[];
  deskDecisions?: number;
  decisionsUpTo?: string | null;
  variant?: { name?: string };
  crossValidation?: Figures & { method?: string; perGenre?: Record<string, Figures> };
}

export async function getRankerStatus(): Promise<RankerStatus> {
  const t = (rankerJson as { training: Training }).training;
  const cv = t.crossValidation;
  return {
    trainedAt: t.trainedAt ? new Date(t.trainedAt) : null,
    articles: t.articles?.length ?? 0,
    genres: t.genres ?? [],
    deskDecisions: t.deskDecisions ?? 0,
    variant: t.variant?.name ?? "",
    method: cv?.method ?? "",
    overall: { precision: cv?.precision ?? 0, recall: cv?.recall ?? 0 },
    perGenre: Object.entries(cv?.perGenre ?? {}),
    waitingDecisions: await countDecisionsSince({
      since: t.decisionsUpTo ? new Date(t.decisionsUpTo) : new Date(0),
    }),
  };
}
