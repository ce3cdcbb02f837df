import "server-only";
import { prisma } from "../db";

/** Choices for the queue's filter menus. */
export async function listQueueFacets() {
  const [speakers, articleOutlets, otherOutlets] = await Promise.all([
    prisma.speaker.findMany({
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
    prisma.article.findMany({
      select: { outlet: true },
      distinct: ["outlet"],
      orderBy: { outlet: "asc" },
      take: 500,
    }),
    // Claims said outside an article (TV, radio, posts) name their outlet themselves.
    prisma.claim.findMany({
      where: { articleId: null },
      select: { outlet: true },
      distinct: ["outlet"],
      orderBy: { outlet: "asc" },
      take: 500,
    }),
  ]);
  const outlets = new Set(
    [...articleOutlets, ...otherOutlets].flatMap((o) => (o.outlet ? [o.outlet] : [])),
  );
  return { speakers, outlets: [...outlets].sort((a, b) => a.localeCompare(b)) };
}
