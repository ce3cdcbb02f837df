import { basename } from "node:path";
import { detectQueuedClaims, type DetectedClaim, type SpeakerRef } from "./detect/detect-claims";
import { guessSpeaker } from "./detect/guess-speaker";
import { withIntroducedRole } from "./detect/speaker-role";
import { ArticleInputError, readArticleFile } from "./read-article-file";
import { findManifestEntry, type ManifestEntry } from "./seed-manifest";
import type { SeedManifest } from "./seed-manifest.schema";

export interface PreparedArticle {
  file: string;
  text: string;
  metadata: { speaker: SpeakerRef; manifest?: ManifestEntry["article"] };
  candidates: DetectedClaim[];
}

export interface PrepareOptions {
  path: string;
  /** Overrides the manifest and the most-quoted-person guess. */
  speakerName?: string;
  manifest?: SeedManifest;
}

function speakerFor(text: string, entry: ManifestEntry | undefined, speakerName?: string): SpeakerRef {
  if (speakerName) {
    const known = entry?.speaker.name === speakerName ? entry.speaker : undefined;
    const surname = speakerName.trim().split(/\s+/).pop()!;
    return known ?? withIntroducedRole(text, { name: speakerName.trim(), aliases: surname !== speakerName.trim() ? [surname] : [] });
  }
  if (entry) return entry.speaker;
  const guessed = guessSpeaker(text);
  if (!guessed) throw new ArticleInputError(`no quoted person found; pass --speaker "NAME"`);
  return guessed;
}

/**
 * File → text, metadata and queued claim candidates. This is the boundary the database import
 * builds on: it reads nothing but the file and writes nothing.
 */
export async function prepareArticleImport({ path, speakerName, manifest }: PrepareOptions): Promise<PreparedArticle> {
  const file = basename(path);
  const text = await readArticleFile(path);
  const entry = manifest ? findManifestEntry(manifest, file) : undefined;
  const speaker = speakerFor(text, entry, speakerName);
  const candidates = detectQueuedClaims({ text, speaker });
  if (candidates.length === 0) {
    throw new ArticleInputError(`${file}: no check-worthy quotes by ${speaker.name} found; check the speaker name`);
  }
  return { file, text, metadata: { speaker, ...(entry ? { manifest: entry.article } : {}) }, candidates };
}
