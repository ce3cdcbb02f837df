import { basename } from "node:path";
import { detectQueuedClaims, type DetectedClaim, type SpeakerRef } from "./detect/detect-claims";
import { NoSpeakerFoundError, resolveSpeaker, type SpeakerLookup } from "./resolve-speaker";
import type { SpeakerFields } from "./upsert-speaker";
import { isLanguageError, otherScriptLines, resolveArticleLanguage } from "./detect-language";
import { ArticleInputError, readArticleFile } from "./read-article-file";
import { findManifestEntry, findManifestSpeaker, type ManifestEntry } from "./seed-manifest";
import type { SeedManifest } from "./seed-manifest.schema";

export interface PreparedArticle {
  file: string;
  text: string;
  metadata: {
    speaker: SpeakerRef;
    /** The speaker as the database will store them. */
    speakerFields: SpeakerFields;
    language: string;
    manifest?: ManifestEntry["article"];
  };
  candidates: DetectedClaim[];
  /** What the editor should know that is not a claim: lines skipped as another script. */
  notices: string[];
}

export interface PrepareOptions {
  path: string;
  /** Overrides the manifest and the most-quoted-person guess. */
  speakerName?: string;
  /** ISO 639-1; detected from the text when not given (here or in the manifest). */
  language?: string;
  manifest?: SeedManifest;
  /** Stored speakers to complete the speaker from; none in a dry run. */
  speakers?: SpeakerLookup;
}

/**
 * File → text, metadata and queued claim candidates. This is the boundary the database import
 * builds on: it reads nothing but the file and writes nothing.
 */
export async function prepareArticleImport({
  path,
  speakerName,
  language,
  manifest,
  speakers,
}: PrepareOptions): Promise<PreparedArticle> {
  const file = basename(path);
  const text = await readArticleFile(path);
  const entry = manifest ? findManifestEntry(manifest, file) : undefined;
  let lang: ReturnType<typeof resolveArticleLanguage>;
  try {
    lang = resolveArticleLanguage(text, language ?? entry?.article.language);
  } catch (err) {
    if (isLanguageError(err)) throw new ArticleInputError(`${file}: ${err.message}`);
    throw err;
  }
  let resolved: Awaited<ReturnType<typeof resolveSpeaker>>;
  try {
    // A file outside the manifest with --speaker naming a manifest speaker (in any script)
    // gets that speaker's names and aliases, as a stored speaker would bring them.
    const manifestSpeaker =
      entry?.speaker ??
      (manifest && speakerName ? findManifestSpeaker(manifest, speakerName) : undefined);
    resolved = await resolveSpeaker(
      text,
      { name: speakerName, manifest: manifestSpeaker, language: lang.code },
      speakers,
    );
  } catch (err) {
    if (err instanceof NoSpeakerFoundError)
      throw new ArticleInputError(`no quoted person found; pass --speaker "NAME"`);
    throw err;
  }
  const speaker = resolved.ref;
  const candidates = detectQueuedClaims({ text, speaker, language: lang.code });
  if (candidates.length === 0) {
    throw new ArticleInputError(
      `${file}: no check-worthy quotes by ${speaker.name} found; check the speaker name`,
    );
  }
  const notices = otherScriptLines(text, lang.code).map(
    (l) =>
      `${file}: skipped a line in another script at offset ${l.start} ("${l.text.length > 60 ? `${l.text.slice(0, 60)}…` : l.text}"); clip it by hand if it is a claim`,
  );
  return {
    file,
    text,
    metadata: {
      speaker,
      speakerFields: resolved.fields,
      language: lang.code,
      ...(entry ? { manifest: entry.article } : {}),
    },
    candidates,
    notices,
  };
}
