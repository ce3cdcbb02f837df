import { prisma } from "../db";

/** Choices for the queue's filter menus. */
export async function listQueueFacets() {
  const [speakers, outlets] = await Promise.all([
    prisma.speaker.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
    prisma.article.findMany({ select: { outlet: true }, distinct: ["outlet"], orderBy: { outlet: "asc" }, take: 500 }),
  ]);
  return { speakers, outlets: outlets.map((o) => o.outlet) };
}
