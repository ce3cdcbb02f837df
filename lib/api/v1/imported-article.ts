// The answer of POST /api/v1/articles: the article's detected claims (getImportTriage).
import "server-only";
import { notFound } from "../../auth/errors";
import { getImportTriage } from "../../import/get-import-triage";
import type { ImportedArticleResponse } from "./article.api-schema";

export async function importedArticle(
  articleId: string,
  created: boolean,
): Promise<ImportedArticleResponse> {
  const triage = await getImportTriage(articleId, "all");
  if (!triage) throw notFound("That article");
  return {
    articleId,
    created,
    candidates: triage.claims.map((c) => ({
      id: c.id,
      quote: c.quote,
      canonicalText: c.canonicalText,
      kind: c.kind,
      score: c.score,
      status: c.status,
    })),
  };
}
