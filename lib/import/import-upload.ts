// The web import: uploaded (or pasted) text → checks → detection → triage candidates, with
// progress reported along the way. Bad input is an INVALID error naming what was wrong;
// nothing is written before detection has found something to triage.
import "server-only";
import type { CurrentUser } from "../auth/current-user";
import { invalid } from "../auth/errors";
import { DEFAULT_THRESHOLD, detectClaims } from "./detect/detect-claims";
import { importArticle, type ImportedArticle } from "./import-article";
import type { ImportUploadValues } from "./import.schema";
import { fromSpeakerChoice, resolveSpeakerForForm } from "./resolve-speaker";
import { storedSpeakers } from "./stored-speakers";
import { ArticleInputError, decodeArticle } from "./read-article-file";
import { isLanguageError, resolveArticleLanguage } from "./detect-language";

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
    if (isLanguageError(err)) throw invalid(err.message, { language: [err.message] });
    throw err;
  }
  const speaker = await resolveSpeakerForForm(
    text,
    { ...fromSpeakerChoice(input), language: language.code },
    storedSpeakers,
  );
  await onProgress?.({ stage: "detecting", characters: text.length });
  const sentences = detectClaims({ text, speaker: speaker.ref, language: language.code });
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
