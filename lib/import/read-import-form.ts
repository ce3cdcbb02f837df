import { invalid } from "../auth/errors";
import { MAX_ARTICLE_BYTES } from "./read-article-file";

const FIELDS = ["outlet", "title", "url", "published", "language", "note", "speakerId", "speakerName", "speakerTitle", "speakerAliases", "pastedText"] as const;
// Room for the metadata fields around a 10 MB article.
const MAX_REQUEST_BYTES = MAX_ARTICLE_BYTES + 1024 * 1024;

const tooLarge = () => invalid("The upload is larger than 10 MB; split it or upload the article text only", { file: ["larger than 10 MB"] });

/** The multipart import form as plain input for importUploadSchema (strings and the file's bytes). */
export async function readImportForm(request: Request): Promise<Record<string, unknown>> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) throw tooLarge();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalid("The upload could not be read; send the import form again");
  }
  const input: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = form.get(field);
    input[field] = typeof value === "string" ? value : "";
  }
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_ARTICLE_BYTES) throw tooLarge();
    input.file = { name: file.name || "upload", bytes: new Uint8Array(await file.arrayBuffer()) };
  } else {
    input.file = null;
  }
  return input;
}
