import type { SpeakerRef } from "./detect/types";

/** A stored speaker as the detector knows them. */
export function speakerRefOf(s: {
  name: string;
  aliases: string[];
  country: string | null;
}): SpeakerRef {
  return { name: s.name, aliases: s.aliases, country: s.country ?? undefined };
}
