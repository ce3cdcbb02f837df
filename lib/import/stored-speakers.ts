// The speakers table as resolveSpeaker reads it: by id, or by any of their names in one lookup
// of speaker_names' unique normalised name (the display name too, for rows written before names).
import "server-only";
import { prisma } from "../db";
import type { SpeakerLookup } from "./resolve-speaker";
import { normalizeSpeakerName } from "./speaker-name";
import { speakerWithNamesSelect } from "./speaker-ref";

export const storedSpeakers: SpeakerLookup = {
  byId: (id) => prisma.speaker.findUnique({ where: { id }, select: speakerWithNamesSelect }),
  byName: async (name) => {
    const found = await prisma.speakerName.findUnique({
      where: { normalized: normalizeSpeakerName(name) },
      select: { speaker: { select: speakerWithNamesSelect } },
    });
    return (
      found?.speaker ??
      prisma.speaker.findUnique({ where: { name: name.trim() }, select: speakerWithNamesSelect })
    );
  },
};
