// Who said it: one answer for the web import, the CLI import, the speaker correction and claims
// added by hand. An existing speaker picked by id; a name given (the form, --speaker, the
// manifest); or, with neither, the person the article quotes most. A speaker the database already
// knows by that name brings their aliases and country, whichever way the name came.
import { invalid, notFound } from "../auth/errors";
import type { SpeakerRef } from "./detect/detect-claims";
import { guessSpeaker } from "./detect/guess-speaker";
import { speakerRoles } from "./detect/speaker-role";
import { lexiconFor } from "./lexicon";
import type { ManifestSpeaker } from "./seed-manifest.schema";
import type { SpeakerFields } from "./upsert-speaker";
import { splitAliases, type SpeakerChoice } from "./import.schema";
import { speakerRefOf } from "./speaker-ref";

export interface StoredSpeaker {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
}

/** Reads stored speakers; without one (a dry run) nothing is known. */
export interface SpeakerLookup {
  byId(id: string): Promise<StoredSpeaker | null>;
  byName(name: string): Promise<StoredSpeaker | null>;
}

export interface SpeakerRequest {
  /** An existing speaker (picked from a list). */
  id?: string;
  /** A name typed or passed; empty: the manifest's speaker, else the person quoted most. */
  name?: string;
  title?: string;
  aliases?: string[];
  /** What seeds/manifest.json says of this article's speaker (CLI and seeds). */
  manifest?: ManifestSpeaker;
  /** The article's language: how its introduction and speech are read. English when not given. */
  language?: string;
}

export interface ResolvedSpeaker {
  /** The stored speaker's id, when there is one already. */
  id: string | null;
  /** As detection needs them. */
  ref: SpeakerRef;
  /** As the database stores them (upsertSpeaker). */
  fields: SpeakerFields;
}

export class NoSpeakerFoundError extends Error {}

export async function resolveSpeaker(
  text: string,
  request: SpeakerRequest,
  lookup?: SpeakerLookup,
): Promise<ResolvedSpeaker> {
  if (request.id) {
    const stored = await lookup?.byId(request.id);
    if (!stored) throw notFound("Speaker");
    return { id: stored.id, ref: speakerRefOf(stored), fields: { name: stored.name } };
  }
  const name = request.name?.trim();
  const manifest =
    request.manifest && (!name || request.manifest.name === name) ? request.manifest : undefined;
  if (manifest) {
    const stored = await lookup?.byName(manifest.name);
    return {
      id: stored?.id ?? null,
      ref: {
        name: manifest.name,
        aliases: manifest.aliases,
        country: manifest.country ?? undefined,
      },
      fields: {
        name: manifest.name,
        title: manifest.title,
        country: manifest.country,
        aliases: manifest.aliases,
        sameAs: manifest.sameAs,
      },
    };
  }
  const lexicon = lexiconFor(request.language ?? "en");
  let found: SpeakerRef;
  if (name) {
    const surname = name.split(/\s+/).pop()!;
    const aliases = [
      ...new Set([...(surname !== name ? [surname] : []), ...(request.aliases ?? [])]),
    ];
    // "the ambassador" etc. from how the article introduces them, kept with the speaker.
    found = speakerRoles(lexicon).withIntroducedRole(text, { name, aliases });
  } else {
    const guessed = guessSpeaker(text, lexicon);
    if (!guessed) throw new NoSpeakerFoundError("Nobody is quoted by name in this article");
    found = guessed;
  }
  const stored = await lookup?.byName(found.name);
  const ref: SpeakerRef = stored
    ? {
        name: stored.name,
        aliases: [...new Set([...stored.aliases, ...found.aliases])],
        country: stored.country ?? found.country,
      }
    : found;
  return {
    id: stored?.id ?? null,
    ref,
    fields: {
      name: ref.name,
      ...(name ? { title: request.title || null } : {}),
      aliases: ref.aliases,
      country: ref.country ?? null,
    },
  };
}

/** The speaker fields of the web forms (import, speaker correction) as a request. */
export function fromSpeakerChoice(choice: SpeakerChoice): SpeakerRequest {
  return {
    id: choice.speakerId || undefined,
    name: choice.speakerName,
    title: choice.speakerTitle,
    aliases: splitAliases(choice.speakerAliases),
  };
}

/** For the web: nobody quoted is the user's to fix, on the speaker field. */
export async function resolveSpeakerForForm(
  text: string,
  request: SpeakerRequest,
  lookup: SpeakerLookup,
): Promise<ResolvedSpeaker> {
  try {
    return await resolveSpeaker(text, request, lookup);
  } catch (err) {
    if (!(err instanceof NoSpeakerFoundError)) throw err;
    const message =
      "Nobody is quoted by name in this article; pick the speaker or enter their name";
    throw invalid(message, { speakerName: [message] });
  }
}
