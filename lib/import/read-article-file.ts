import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { containsScript, htmlToText } from "./html-to-text";

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** A problem with the uploaded file that the user can fix; the message says what and how. */
export class ArticleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArticleInputError";
  }
}

const looksLikeHtml = (name: string, text: string) =>
  /^\.x?html?$/i.test(extname(name)) || /^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text);

/**
 * Validates an article's bytes and returns its text. Shared by the CLI and the web upload, so
 * both refuse the same inputs with the same messages.
 */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  const file = basename(name);
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(
      `${file}: file is larger than 10 MB; split it or upload the article text only`,
    );
  }
  if (bytes.includes(0))
    throw new ArticleInputError(`${file}: looks like a binary file; upload plain text or HTML`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleInputError(`${file}: is not valid UTF-8; re-save it as UTF-8 text`);
  }
  if (looksLikeHtml(file, text)) {
    if (containsScript(text)) {
      throw new ArticleInputError(
        `${file}: HTML with <script> is refused; paste the article text instead`,
      );
    }
    text = htmlToText(text);
  }
  if (!text.trim()) throw new ArticleInputError(`${file}: file is empty`);
  return text;
}

export async function readArticleFile(path: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new ArticleInputError(`${basename(path)}: file not found or not readable`);
  }
  // Check before reading so a huge file is never loaded into memory.
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(
      `${basename(path)}: file is larger than 10 MB; split it or upload the article text only`,
    );
  }
  return decodeArticle(await readFile(path), path);
}
