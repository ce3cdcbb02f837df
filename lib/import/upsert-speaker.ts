// One speaker row per display name, plus their names per language (speaker_names). The same SQL
// runs on a postgres.js transaction (the import) or a Prisma one (added claims, the speaker
// correction), so every way a speaker is created stores them the same way.
import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import type { Tx } from "../db";
import { normalizeSpeakerName, uniqueAliases, type SpeakerNameFields } from "./speaker-name";

export interface SpeakerFields {
  /** The display name (speakers.name), also stored as one of the names. */
  name: string;
  title?: string | null;
  country?: string | null;
  sameAs?: string | null;
  /** Names per language with their aliases; the display name's row first. */
  names?: SpeakerNameFields[];
}

export interface UpsertedSpeaker {
  id: string;
  name: string;
  country: string | null;
  created: boolean;
}

/** Runs one parameterised statement ($1, $2 …) and returns its rows. */
export type SqlRunner = <T>(query: string, params: unknown[]) => Promise<T[]>;

export const postgresRunner =
  (tx: postgres.TransactionSql): SqlRunner =>
  <T>(query: string, params: unknown[]) =>
    tx.unsafe(query, params as postgres.ParameterOrJSON<never>[]) as unknown as Promise<T[]>;

export const prismaRunner =
  (tx: Tx): SqlRunner =>
  <T>(query: string, params: unknown[]) =>
    tx.$queryRawUnsafe<T[]>(query, ...params);

const UPSERT_SPEAKER = `
  INSERT INTO speakers (id, name, title, country, "sameAs")
  VALUES ($1::uuid, $2, $3, $4, $5)
  ON CONFLICT (name) DO UPDATE SET
    title = COALESCE(speakers.title, EXCLUDED.title),
    country = COALESCE(speakers.country, EXCLUDED.country),
    "sameAs" = COALESCE(speakers."sameAs", EXCLUDED."sameAs")
  RETURNING id::text, name, country, (xmax = 0) AS created`;

// A language the speaker already has a name in keeps that name and gains the new aliases
// (first-seen order kept).
const UPSERT_NAME = `
  INSERT INTO speaker_names (id, "speakerId", language, name, normalized, aliases)
  VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6::text[])
  ON CONFLICT ("speakerId", language) DO UPDATE SET
    aliases = ARRAY(
      SELECT a FROM unnest(speaker_names.aliases || EXCLUDED.aliases) WITH ORDINALITY AS u(a, o)
      GROUP BY a ORDER BY min(o))`;

/**
 * Creates the speaker or fills in what was missing, and merges their names and aliases. Single
 * statements with ON CONFLICT, so two imports of one speaker cannot collide.
 */
export async function upsertSpeaker(
  run: SqlRunner,
  fields: SpeakerFields,
): Promise<UpsertedSpeaker> {
  const name = fields.name.trim();
  const [row] = await run<UpsertedSpeaker>(UPSERT_SPEAKER, [
    randomUUID(),
    name,
    fields.title ?? null,
    fields.country ?? null,
    fields.sameAs ?? null,
  ]);
  await upsertSpeakerNames(run, row!.id, fields.names ?? []);
  return row!;
}

export async function upsertSpeakerNames(
  run: SqlRunner,
  speakerId: string,
  names: SpeakerNameFields[],
): Promise<void> {
  for (const n of names) {
    const name = n.name.trim().replace(/\s+/g, " ");
    await run(UPSERT_NAME, [
      randomUUID(),
      speakerId,
      n.language,
      name,
      normalizeSpeakerName(name),
      uniqueAliases(n.aliases),
    ]);
  }
}
