// @mentions: a desk member's handle is the part of their email before the @ ("ed" for
// ed@example.org), matched case-insensitively. Client-safe: the comment renderer uses it too.

/** `@handle` not preceded by a word character (so emails and paths are not mentions). */
export const MENTION_PATTERN = /(?<![\p{L}\p{N}_.@/+-])@([a-z0-9](?:[a-z0-9._+-]*[a-z0-9])?)/giu;

export function handleOf(email: string): string {
  return email.split("@")[0]!.toLowerCase();
}

/** The distinct handles written in `text` (lower case). */
export function mentionedHandles(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION_PATTERN)].map((m) => m[1]!.toLowerCase()))];
}
