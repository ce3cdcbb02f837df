import "server-only";
import { prisma } from "../db";

/** The speaker screen: one speaker with their names and how much is filed under them. */
export async function getSpeaker(id: string) {
  return prisma.speaker.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      title: true,
      country: true,
      version: true,
      names: { select: { language: true, name: true, aliases: true } },
      _count: { select: { claims: true, articles: true } },
    },
  });
}

export type SpeakerDetail = NonNullable<Awaited<ReturnType<typeof getSpeaker>>>;

/** The speakers list: display name, other names, counts. */
export async function listSpeakersWithNames() {
  return prisma.speaker.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      title: true,
      names: { select: { language: true, name: true }, orderBy: { language: "asc" } },
      _count: { select: { claims: true } },
    },
  });
}
