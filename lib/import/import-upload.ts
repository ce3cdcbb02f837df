// The web import: uploaded (or pasted) text → checks → detection → triage candidates, with
// progress reported along the way. Bad input is an INVALID error naming what was wrong;
// nothing is written before detection has found something to triage.
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { invalid, notFound } from "../auth/errors";
import { DEFAULT_THRESHOLD, detectClaims, type SpeakerRef } from "./detect/detect-claims";
import { guessSpeaker } from "./detect/guess-speaker";
import { withIntroducedRole } from "./detect/speaker-role";
import { importArticle, type ImportedArticle } from "./import-article";
import { splitAliases, type ImportUploadValues, type SpeakerChoice } from "./import.schema";
import { ArticleInputError, decodeArticle } from "./read-article-file";
import { resolveArticleLanguage } from "./detect-language";
import { UnsupportedLanguageError } from "./lexicon";
import type { SpeakerFields } from "./upsert-speaker";
import { speakerRefOf } from "./speaker-ref";

export type ImportProgress =
  | { stage: "decoding"; bytes: number }
  | { stage: "detecting"; characters: number }
  | { stage: "saving"; candidates: number; sentences: number }
  | { stage: "done"; articleId: string; candidates: number; repeatsLinked: number };

/** One NDJSON line of POST /api/import. */
export type ImportEvent =
  | ImportProgress
  | {
      stage: "error";
      code: string;
      error: string;
      fieldErrors?: Record<string, string[]>;
      articleId?: string;
    };

export interface ImportUploadOptions {
  user: CurrentUser;
  input: ImportUploadValues;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
}

/** The speaker the editor chose (or the article quotes most) as detection and the database need them. */
export async function speakerFor(
  input: SpeakerChoice,
  text: string,
): Promise<{ ref: SpeakerRef; fields: SpeakerFields }> {
  if (input.speakerId) {
    const s = await prisma.speaker.findUnique({ where: { id: input.speakerId } });
    if (!s) throw notFound("Speaker");
    return { ref: speakerRefOf(s), fields: { name: s.name } };
  }
  if (!input.speakerName.trim()) return detectedSpeaker(text);
  const name = input.speakerName.trim();
  const surname = name.split(/\s+/).pop()!;
  const aliases = [
    ...new Set([...(surname !== name ? [surname] : []), ...splitAliases(input.speakerAliases)]),
  ];
  // A new speaker: "the ambassador" etc. from how the article introduces them, kept with the speaker.
  const ref = withIntroducedRole(text, { name, aliases });
  return {
    ref,
    fields: {
      name,
      title: input.speakerTitle || null,
      aliases: ref.aliases,
      country: ref.country ?? null,
    },
  };
}

/** No speaker given: the person the article quotes most, as stored if we know them already. */
async function detectedSpeaker(text: string): Promise<{ ref: SpeakerRef; fields: SpeakerFields }> {
  const guessed = guessSpeaker(text);
  if (!guessed) {
    const message =
      "Nobody is quoted by name in this article; pick the speaker or enter their name";
    throw invalid(message, { speakerName: [message] });
  }
  const known = await prisma.speaker.findUnique({ where: { name: guessed.name } });
  const ref = known
    ? {
        name: known.name,
        aliases: [...new Set([...known.aliases, ...guessed.aliases])],
        country: known.country ?? guessed.country,
      }
    : guessed;
  return { ref, fields: { name: ref.name, aliases: ref.aliases, country: ref.country ?? null } };
}

export async function importUpload({
  user,
  input,
  onProgress,
}: ImportUploadOptions): Promise<ImportedArticle> {
  const source = input.file ?? {
    name: "pasted text",
    bytes: new TextEncoder().encode(input.pastedText),
  };
  await onProgress?.({ stage: "decoding", bytes: source.bytes.byteLength });
  let text: string;
  try {
    text = decodeArticle(source.bytes, source.name);
  } catch (err) {
    if (err instanceof ArticleInputError) throw invalid(err.message, { file: [err.message] });
    throw err;
  }
  let language: ReturnType<typeof resolveArticleLanguage>;
  try {
    language = resolveArticleLanguage(text, input.language || undefined);
  } catch (err) {
    if (err instanceof UnsupportedLanguageError)
      throw invalid(err.message, { language: [err.message] });
    throw err;
  }
  const speaker = await speakerFor(input, text);
  await onProgress?.({ stage: "detecting", characters: text.length });
  const sentences = detectClaims({ text, speaker: speaker.ref });
  const candidates = sentences.filter((c) => c.score >= DEFAULT_THRESHOLD);
  if (candidates.length === 0) {
    const message =
      sentences.length === 0
        ? `No quotes by ${speaker.ref.name} found in ${source.name}; check the speaker's name and aliases`
        : `No check-worthy quotes by ${speaker.ref.name} found in ${source.name} (${sentences.length} sentences, none scored high enough)`;
    throw invalid(message, { speakerName: [message] });
  }
  await onProgress?.({
    stage: "saving",
    candidates: candidates.length,
    sentences: sentences.length,
  });
  const imported = await importArticle({
    text,
    article: {
      outlet: input.outlet,
      title: input.title,
      url: input.url,
      published: input.published,
      language: language.code,
      note: input.note,
    },
    speaker: speaker.fields,
    candidates,
    importedById: user.id,
    mode: "triage",
  });
  await onProgress?.({
    stage: "done",
    articleId: imported.articleId,
    candidates: imported.claimIds.length,
    repeatsLinked: imported.repeatsLinked,
  });
  return imported;
}
