import type { SpeakerRef } from "./detect/types";
import type { SpeakerNameFields } from "./speaker-name";

/** A stored speaker with their names per language. */
export interface SpeakerWithNames {
  name: string;
  country: string | null;
  names: SpeakerNameFields[];
}

/**
 * A stored speaker as the detector reads an article in `language`: the name and aliases in that
 * language ("Анатолий Викторов", "посол" for ru), else those of the display name, else any.
 * Name and aliases fall back separately, so a Russian name without Russian aliases still brings
 * the display name's.
 */
export function speakerRefOf(s: SpeakerWithNames, language = "en"): SpeakerRef {
  const display = s.names.find((n) => n.name === s.name);
  const own = s.names.find((n) => n.language === language);
  const fallback = display ?? s.names.find((n) => n !== own);
  const aliases = own?.aliases.length ? own.aliases : (fallback?.aliases ?? []);
  return {
    name: own?.name ?? fallback?.name ?? s.name,
    aliases: [...aliases],
    country: s.country ?? undefined,
  };
}

/** Prisma select of a speaker with what speakerRefOf needs. */
export const speakerWithNamesSelect = {
  id: true,
  name: true,
  country: true,
  names: { select: { language: true, name: true, aliases: true }, orderBy: { language: "asc" } },
} as const;
