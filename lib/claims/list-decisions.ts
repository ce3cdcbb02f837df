// Every desk decision, oldest first, with the article text and speaker detection needs: the
// training set for the ranker. Each article's text is loaded once and shared by its decisions.
import "server-only";
import { prisma } from "../db";
import { speakerRefOf, speakerWithNamesSelect } from "../import/speaker-ref";

export async function listDecisions() {
  const decisions = await prisma.claimDecision.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { speaker: { select: speakerWithNamesSelect } },
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
  return decisions.map((d) => {
    const article = d.articleId ? (articles.get(d.articleId) ?? null) : null;
    // The speaker as detection read the article: their name and aliases in its language.
    const ref = speakerRefOf(d.speaker, article?.language);
    return {
      ...d,
      speaker: {
        id: d.speaker.id,
        name: ref.name,
        aliases: ref.aliases,
        country: d.speaker.country,
      },
      article,
    };
  });
}

export type ListedDecision = Awaited<ReturnType<typeof listDecisions>>[number];
