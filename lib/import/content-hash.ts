import { createHash } from "node:crypto";

/**
 * The text an article is recognised by: the same article saved with CRLF line ends, a BOM,
 * trailing spaces or extra blank lines must hash the same, so a re-import is caught.
 */
export function normaliseArticleText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00A0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function articleContentHash(text: string): string {
  return createHash("sha256").update(normaliseArticleText(text), "utf8").digest("hex");
}
