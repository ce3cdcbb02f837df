// Who said it: one answer for the web import, the CLI import, the speaker correction and claims
// added by hand. An existing speaker picked by id; a name given (the form, --speaker, the
// manifest); or, with neither, the person the article quotes most. A speaker the database already
// knows by that name, in any script, brings their names, aliases and country, whichever way the
// name came; detection gets the name and aliases in the article's language (speakerRefOf).
import { invalid, notFound } from "../auth/errors";
import type { SpeakerRef } from "./detect/detect-claims";
import { guessSpeaker } from "./detect/guess-speaker";
import { speakerRoles } from "./detect/speaker-role";
import { lexiconFor } from "./lexicon";
import {
  manifestSpeakerHasName,
  manifestSpeakerNames,
  type ManifestSpeaker,
} from "./seed-manifest.schema";
import { normalizeSpeakerName, type SpeakerNameFields } from "./speaker-name";
import { nameLanguage } from "./script-language";
import type { SpeakerFields } from "./upsert-speaker";
import { splitAliases, type SpeakerChoice } from "./import.schema";
import { speakerRefOf, type SpeakerWithNames } from "./speaker-ref";

export interface StoredSpeaker extends SpeakerWithNames {
  id: string;
}

/** Reads stored speakers; without one (a dry run) nothing is known. */
export interface SpeakerLookup {
  byId(id: string): Promise<StoredSpeaker | null>;
  /**
   * By any of their names, in any script (normalizeSpeakerName): `name` first, then the others;
   * a speaker stored without name rows only by `name` as its exact display name.
   */
  byName(name: string, ...otherNames: string[]): Promise<StoredSpeaker | null>;
}

export interface SpeakerRequest {
  /** An existing speaker (picked from a list). */
  id?: string;
  /** A name typed or passed, in any script; empty: the manifest's speaker, else the person quoted most. */
  name?: string;
  title?: string;
  aliases?: string[];
  /** What seeds/manifest.json says of this article's speaker (CLI and seeds). */
  manifest?: ManifestSpeaker;
  /** The article's language: how its introduction and speech are read, and the speaker's names in it. */
  language?: string;
}

export interface ResolvedSpeaker {
  /** The stored speaker's id, when there is one already. */
  id: string | null;
  /** As detection needs them, in the article's language. */
  ref: SpeakerRef;
  /** As the database stores them (upsertSpeaker). */
  fields: SpeakerFields;
}

export class NoSpeakerFoundError extends Error {}

function fromManifest(
  manifest: ManifestSpeaker,
  stored: StoredSpeaker | null,
  language: string,
): ResolvedSpeaker {
  const names = manifestSpeakerNames(manifest);
  return {
    id: stored?.id ?? null,
    ref: speakerRefOf({ name: manifest.name, country: manifest.country, names }, language),
    fields: {
      name: stored?.name ?? manifest.name,
      title: manifest.title,
      country: manifest.country,
      sameAs: manifest.sameAs,
      names,
    },
  };
}

/** Adds `found`'s aliases to the stored speaker's row holding that name (or a new row). */
function withFoundName(stored: StoredSpeaker, found: SpeakerNameFields): SpeakerNameFields[] {
  const key = normalizeSpeakerName(found.name);
  const row = stored.names.find((n) => normalizeSpeakerName(n.name) === key);
  const merged = row
    ? { ...row, aliases: [...new Set([...row.aliases, ...found.aliases])] }
    : found;
  return [...stored.names.filter((n) => n !== row && n.language !== merged.language), merged];
}

export async function resolveSpeaker(
  text: string,
  request: SpeakerRequest,
  lookup?: SpeakerLookup,
): Promise<ResolvedSpeaker> {
  const language = request.language ?? "en";
  if (request.id) {
    const stored = await lookup?.byId(request.id);
    if (!stored) throw notFound("Speaker");
    return { id: stored.id, ref: speakerRefOf(stored, language), fields: { name: stored.name } };
  }
  const name = request.name?.trim();
  const manifest =
    request.manifest && (!name || manifestSpeakerHasName(request.manifest, name))
      ? request.manifest
      : undefined;
  if (manifest) {
    const [display, ...others] = manifestSpeakerNames(manifest).map((n) => n.name);
    return fromManifest(manifest, (await lookup?.byName(display!, ...others)) ?? null, language);
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
  const foundName: SpeakerNameFields = {
    language:
      stored?.names.find((n) => normalizeSpeakerName(n.name) === normalizeSpeakerName(found.name))
        ?.language ?? nameLanguage(found.name, language),
    name: found.name,
    aliases: found.aliases,
  };
  const country = stored?.country ?? found.country ?? null;
  const ref = stored
    ? speakerRefOf({ ...stored, country, names: withFoundName(stored, foundName) }, language)
    : found;
  return {
    id: stored?.id ?? null,
    ref,
    fields: {
      name: stored?.name ?? found.name,
      ...(name ? { title: request.title || null } : {}),
      country,
      names: [foundName],
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
