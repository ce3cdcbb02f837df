// Every desk decision, oldest first, with the article text and speaker detection needs: the
// training set for the ranker. Each article's text is loaded once and shared by its decisions.
import "server-only";
import { prisma } from "../db";

export async function listDecisions() {
  const decisions = await prisma.claimDecision.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { speaker: { select: { id: true, name: true, aliases: true, country: true } } },
  });
  const articleIds = [...new Set(decisions.flatMap((d) => (d.articleId ? [d.articleId] : [])))];
  const articles = new Map(
    (
      await prisma.article.findMany({
        where: { id: { in: articleIds } },
        select: { id: true, title: true, text: true, language: true },
      })
    ).map((a) => [a.id, a]),
  );
  return decisions.map((d) => ({
    ...d,
    article: d.articleId ? (articles.get(d.articleId) ?? null) : null,
  }));
}

export type ListedDecision = Awaited<ReturnType<typeof listDecisions>>[number];
