// Reads the multipart import form while it streams in: bytes are counted as they arrive and
// reading stops at the limit, so an endless or huge (chunked, no Content-Length) upload never
// sits in memory. Never call request.formData() here: it buffers the whole body first.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import busboy from "busboy";
import { ActionError, invalid } from "../auth/errors";
import { MAX_ARTICLE_BYTES } from "./read-article-file";

const FIELDS = [
  "outlet",
  "title",
  "url",
  "published",
  "language",
  "note",
  "speakerId",
  "speakerName",
  "speakerTitle",
  "speakerAliases",
  "pastedText",
] as const;
// Room for the metadata fields around a 10 MB article.
export const MAX_IMPORT_REQUEST_BYTES = MAX_ARTICLE_BYTES + 1024 * 1024;

const tooLarge = () =>
  new ActionError(
    "TOO_LARGE",
    "The upload is larger than 10 MB; split it or upload the article text only",
    { file: ["larger than 10 MB"] },
  );
const unreadable = () => invalid("The upload could not be read; send the import form again");

/** Feeds the body to `parser`, counting bytes; stops reading (cancels the body) past `limit`. */
async function feed(
  body: ReadableStream<Uint8Array>,
  parser: Writable,
  limit: number,
): Promise<void> {
  const reader = body.getReader();
  let seen = 0;
  const parsed = finished(parser);
  parsed.catch(() => {}); // awaited below unless the limit stops us first
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > limit) {
      await reader.cancel();
      parser.destroy();
      throw tooLarge();
    }
    if (!parser.write(value)) await once(parser, "drain");
  }
  parser.end();
  await parsed;
}

/** The multipart import form as plain input for importUploadSchema (strings and the file's bytes). */
export async function readImportForm(request: Request): Promise<Record<string, unknown>> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_REQUEST_BYTES)
    throw tooLarge();
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !/^multipart\/form-data/i.test(contentType)) throw unreadable();

  const input: Record<string, unknown> = Object.fromEntries(FIELDS.map((f) => [f, ""]));
  input.file = null;
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: {
        files: 1,
        fields: FIELDS.length + 5,
        fieldSize: MAX_ARTICLE_BYTES,
        fileSize: MAX_ARTICLE_BYTES,
      },
    });
  } catch {
    throw unreadable();
  }
  let failure: Error | null = null;
  const files: Promise<void>[] = [];
  parser.on("field", (name, value, info) => {
    if (info.valueTruncated) failure ??= tooLarge();
    else if ((FIELDS as readonly string[]).includes(name)) input[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file") {
      stream.resume();
      return;
    }
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("limit", () => (failure ??= tooLarge()));
    stream.on("error", () => (failure ??= unreadable())); // a form cut short
    files.push(
      new Promise<void>((resolve) => stream.on("close", resolve)).then(() => {
        const bytes = Buffer.concat(chunks);
        if (bytes.length > 0 && !failure)
          input.file = { name: info.filename || "upload", bytes: new Uint8Array(bytes) };
      }),
    );
  });

  try {
    await feed(request.body, parser, MAX_IMPORT_REQUEST_BYTES);
    await Promise.all(files);
  } catch (err) {
    throw err instanceof ActionError ? err : unreadable();
  }
  if (failure) throw failure;
  return input;
}
