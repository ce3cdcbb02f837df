import { mostQuotedPerson } from "./most-quoted-person";
import { withIntroducedRole } from "./speaker-role";
import type { SpeakerRef } from "./types";

/** For an article nobody named the speaker of: the person it quotes most, as it introduces them. */
export function guessSpeaker(text: string): SpeakerRef | undefined {
  const quoted = mostQuotedPerson(text);
  return quoted && withIntroducedRole(text, quoted);
}
