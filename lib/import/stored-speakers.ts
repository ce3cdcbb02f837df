// The speakers table as resolveSpeaker reads it: by id, or by any of their names through
// speaker_names' unique normalised name; a speaker written without name rows (outside the
// importer) is still found by its exact display name.
import "server-only";
import { prisma } from "../db";
import type { SpeakerLookup } from "./resolve-speaker";
import { normalizeSpeakerName } from "./speaker-name";
import { speakerWithNamesSelect } from "./speaker-ref";

export const storedSpeakers: SpeakerLookup = {
  byId: (id) => prisma.speaker.findUnique({ where: { id }, select: speakerWithNamesSelect }),
  byName: async (name, ...otherNames) => {
    const keys = [name, ...otherNames].map(normalizeSpeakerName);
    const rows = await prisma.speakerName.findMany({
      where: { normalized: { in: keys } },
      select: { normalized: true, speaker: { select: speakerWithNamesSelect } },
    });
    const found = keys.map((k) => rows.find((r) => r.normalized === k)).find(Boolean);
    return (
      found?.speaker ??
      prisma.speaker.findUnique({ where: { name: name.trim() }, select: speakerWithNamesSelect })
    );
  },
};
