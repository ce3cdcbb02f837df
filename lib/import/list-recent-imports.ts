import "server-only";
import { prisma } from "../db";

/** The latest imports with how many candidates still wait for triage. */
export async function listRecentImports(limit = 20) {
  const articles = await prisma.article.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      title: true,
      outlet: true,
      createdAt: true,
      speaker: { select: { name: true } },
    },
  });
  const counts = await prisma.claim.groupBy({
    by: ["articleId"],
    where: { articleId: { in: articles.map((a) => a.id) }, status: "CANDIDATE" },
    _count: { _all: true },
  });
  const waiting = new Map(counts.map((c) => [c.articleId, c._count._all]));
  return articles.map((a) => ({ ...a, candidates: waiting.get(a.id) ?? 0 }));
}
