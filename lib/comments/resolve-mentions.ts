import "server-only";
import type { Tx } from "../db";
import { prisma } from "../db";
import { mentionedHandles } from "./mention-handles";

export interface MentionedUser {
  id: string;
  name: string;
  handle: string;
}

/**
 * The active desk members `text` mentions. A handle that names nobody, or more than one person
 * (the same name before @ at two domains), stays plain text.
 */
export async function resolveMentions(
  text: string,
  db: Pick<Tx, "$queryRaw"> = prisma,
): Promise<MentionedUser[]> {
  const handles = mentionedHandles(text);
  if (handles.length === 0) return [];
  const rows = await db.$queryRaw<MentionedUser[]>`
    select id::text, name, lower(split_part(email, '@', 1)) as handle
      from users
     where active and lower(split_part(email, '@', 1)) = any(${handles}::text[])`;
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.handle, (count.get(r.handle) ?? 0) + 1);
  return rows.filter((r) => count.get(r.handle) === 1);
}
