// An imported article with what detection needs (text, speaker), for the use cases that add
// claims to it after import: clipping, speaker correction, re-running detection.
import "server-only";
import { prisma, type Tx } from "../db";
import { conflict, invalid, notFound } from "../auth/errors";
import { speakerRefOf, speakerWithNamesSelect } from "./speaker-ref";

const select = {
  id: true,
  text: true,
  language: true,
  speakerId: true,
  speaker: { select: speakerWithNamesSelect },
} as const;

export async function loadArticle(articleId: string, db: Tx = prisma) {
  const article = await db.article.findUnique({ where: { id: articleId }, select });
  if (!article) throw notFound("Article");
  return article;
}

/**
 * Locks the article until the transaction ends, so claims are added to it one editor at a time;
 * refuses when its speaker is no longer the one the caller detected with.
 */
export async function lockArticle(
  tx: Tx,
  articleId: string,
  seenSpeakerId: string | null,
): Promise<void> {
  await tx.$queryRaw`select 1 from articles where id = ${articleId}::uuid for update`;
  const { speakerId } = await loadArticle(articleId, tx);
  if (speakerId !== seenSpeakerId)
    throw conflict("The article's speaker was just changed; reload the page and try again.");
}

export function speakerOf(article: Awaited<ReturnType<typeof loadArticle>>) {
  if (!article.speaker) throw invalid("This article has no speaker yet; set its speaker first.");
  return article.speaker;
}

/** The article's speaker as detection reads this article: their name in its language. */
export function articleSpeakerRef(article: Awaited<ReturnType<typeof loadArticle>>) {
  return speakerRefOf(speakerOf(article), article.language);
}
