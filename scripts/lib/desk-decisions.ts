// The desk's decisions as training examples; filled in when decisions are stored.
import type { LabelledArticle } from "@/lib/import/rank/labelled-candidates";

export async function deskDecisionArticles(): Promise<LabelledArticle[]> {
  return [];
}
