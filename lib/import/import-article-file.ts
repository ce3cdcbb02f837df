// A file on disk into the database (CLI and seeds): metadata from seeds/manifest.json, then
// from the command line, validated with the same schema as the web form.
import { basename } from "node:path";
import { parseInput } from "../auth/authorized";
import { ActionError } from "../auth/errors";
import { articleMetadataSchema } from "./import.schema";
import { importArticle, type ArticleFields, type ImportedArticle } from "./import-article";
import { prepareArticleImport, type PreparedArticle } from "./prepare-article-import";
import { ArticleInputError } from "./read-article-file";
import type { SeedManifest } from "./seed-manifest.schema";
import type { SpeakerFields } from "./upsert-speaker";
import type { SpeakerLookup } from "./resolve-speaker";

export interface ArticleOverrides {
  speaker?: string;
  outlet?: string;
  title?: string;
  date?: string;
  url?: string;
  language?: string;
  note?: string;
}

export interface PreparedFile {
  prepared: PreparedArticle;
  article: ArticleFields;
  speaker: SpeakerFields;
}

const firstLine = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .find(Boolean)
    ?.slice(0, 200) ?? "";

/** Reads, checks and detects, writing nothing: every file is validated before any is imported. */
export async function prepareArticleFile(
  path: string,
  overrides: ArticleOverrides,
  manifest?: SeedManifest,
  speakers?: SpeakerLookup,
): Promise<PreparedFile> {
  const file = basename(path);
  const prepared = await prepareArticleImport({
    path,
    speakerName: overrides.speaker,
    language: overrides.language,
    manifest,
    speakers,
  });
  const fromManifest = prepared.metadata.manifest;
  const outlet = overrides.outlet ?? fromManifest?.outlet;
  if (!outlet)
    throw new ArticleInputError(
      `${file}: not in seeds/manifest.json; pass --outlet (and --title, --date, --url)`,
    );
  let metadata: ReturnType<typeof articleMetadataSchema.parse>;
  try {
    metadata = parseInput(articleMetadataSchema, {
      outlet,
      title: overrides.title ?? fromManifest?.title ?? firstLine(prepared.text),
      url: overrides.url ?? fromManifest?.url ?? "",
      published: overrides.date ?? fromManifest?.published ?? "",
      language: prepared.metadata.language,
      note: overrides.note ?? fromManifest?.note ?? "",
    });
  } catch (err) {
    if (err instanceof ActionError) throw new ArticleInputError(`${file}: ${err.message}`);
    throw err;
  }
  const speaker = prepared.metadata.speakerFields;
  return { prepared, article: metadata, speaker };
}

/** Imports a prepared file straight into the review queue. */
export function importPreparedFile(
  file: PreparedFile,
  importedById: string | null,
): Promise<ImportedArticle> {
  return importArticle({
    text: file.prepared.text,
    article: file.article,
    speaker: file.speaker,
    candidates: file.prepared.candidates,
    importedById,
    mode: "queue",
  });
}
