// The speakers table as resolveSpeaker reads it.
import "server-only";
import { prisma } from "../db";
import type { SpeakerLookup } from "./resolve-speaker";

const columns = { id: true, name: true, aliases: true, country: true } as const;

export const storedSpeakers: SpeakerLookup = {
  byId: (id) => prisma.speaker.findUnique({ where: { id }, select: columns }),
  byName: (name) => prisma.speaker.findUnique({ where: { name }, select: columns }),
};
