import "server-only";
import { prisma } from "../db";

/** Speakers for the import form's picker. */
export async function listSpeakers() {
  return prisma.speaker.findMany({
    select: { id: true, name: true, title: true },
    orderBy: { name: "asc" },
  });
}
