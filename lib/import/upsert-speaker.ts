import { randomUUID } from "node:crypto";
import type postgres from "postgres";

export interface SpeakerFields {
  name: string;
  title?: string | null;
  country?: string | null;
  aliases?: string[];
  sameAs?: string | null;
}

export interface UpsertedSpeaker {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  created: boolean;
}

/**
 * One row per speaker name: creates it, or fills in what was missing and merges new aliases
 * (first-seen order kept). A single statement, so two imports of one speaker cannot collide.
 */
export async function upsertSpeaker(
  tx: postgres.TransactionSql,
  fields: SpeakerFields,
): Promise<UpsertedSpeaker> {
  const aliases = [...new Set((fields.aliases ?? []).map((a) => a.trim()).filter(Boolean))];
  const [row] = await tx<UpsertedSpeaker[]>`
    INSERT INTO speakers (id, name, title, country, aliases, "sameAs")
    VALUES (${randomUUID()}::uuid, ${fields.name.trim()}, ${fields.title ?? null}, ${fields.country ?? null},
            ${tx.array(aliases)}::text[], ${fields.sameAs ?? null})
    ON CONFLICT (name) DO UPDATE SET
      title = COALESCE(speakers.title, EXCLUDED.title),
      country = COALESCE(speakers.country, EXCLUDED.country),
      "sameAs" = COALESCE(speakers."sameAs", EXCLUDED."sameAs"),
      aliases = ARRAY(
        SELECT a FROM unnest(speakers.aliases || EXCLUDED.aliases) WITH ORDINALITY AS u(a, o)
        GROUP BY a ORDER BY min(o))
    RETURNING id::text, name, aliases, country, (xmax = 0) AS created`;
  return row!;
}
