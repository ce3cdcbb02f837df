// Repeat detection: has this speaker said the same thing before? Only root claims (not
// themselves repeats) are compared: a repeat is linked to the root anyway. normaliseClaim decides.
import type postgres from "postgres";
import { normaliseClaim, repeatSimilarity, REPEAT_THRESHOLD } from "./normalise-claim";
import {
  CROSS_LANGUAGE_THRESHOLD,
  crossLanguageKey,
  crossLanguageSimilarity,
  isRussianText,
} from "./cross-language";

// Up to this many earlier root claims are compared one by one in memory (~1 µs a pair, exact);
// a more prolific speaker goes through the trigram index first.
export const FULL_SCAN_LIMIT = 2000;
// Loose on purpose: rewordings ("two million citizens of Israel who speak Russian" vs
// "about two million Israelis speak Russian") share only ~0.3 of their trigrams.
const TRIGRAM_RECALL_THRESHOLD = 0.2;
const LOOKALIKES_PER_CLAIM = 8;

interface Earlier {
  i?: number;
  id: string;
  canonicalText: string;
}

type SqlTx = postgres.TransactionSql;

async function lookalikesByTrigram(
  tx: SqlTx,
  speakerId: string,
  texts: string[],
): Promise<Earlier[][]> {
  await tx.unsafe(`SET LOCAL pg_trgm.similarity_threshold = ${TRIGRAM_RECALL_THRESHOLD}`);
  const rows = await tx<Required<Earlier>[]>`
    SELECT (n.ord - 1)::int AS i, c.id::text AS id, c."canonicalText"
    FROM unnest(${tx.array(texts)}::text[]) WITH ORDINALITY AS n(t, ord)
    CROSS JOIN LATERAL (
      SELECT id, "canonicalText" FROM claims
      WHERE "speakerId" = ${speakerId}::uuid AND "repeatOfId" IS NULL AND "canonicalText" % n.t
      ORDER BY similarity("canonicalText", n.t) DESC, "createdAt"
      LIMIT ${LOOKALIKES_PER_CLAIM}
    ) c`;
  const byClaim: Earlier[][] = texts.map(() => []);
  for (const row of rows) byClaim[row.i]!.push(row);
  return byClaim;
}

// Root claims are compared again on every import of their speaker; normalise each text once.
const normalisedTexts = new Map<string, ReturnType<typeof normaliseClaim>>();
const CACHE_LIMIT = 50_000;

function normalisedCached(text: string): ReturnType<typeof normaliseClaim> {
  let hit = normalisedTexts.get(text);
  if (!hit) {
    if (normalisedTexts.size >= CACHE_LIMIT) normalisedTexts.clear();
    hit = normaliseClaim(text);
    normalisedTexts.set(text, hit);
  }
  return hit;
}

/** For each new claim text, the id of the earlier root claim it repeats, or null. */
export async function findRepeatRoots(
  tx: SqlTx,
  speakerId: string,
  texts: string[],
  fullScanLimit = FULL_SCAN_LIMIT,
): Promise<(string | null)[]> {
  if (texts.length === 0) return [];
  const roots = await tx<Earlier[]>`
    SELECT id::text AS id, "canonicalText" FROM claims
    WHERE "speakerId" = ${speakerId}::uuid AND "repeatOfId" IS NULL
    ORDER BY "createdAt" LIMIT ${fullScanLimit + 1}`;
  if (roots.length === 0) return texts.map(() => null);
  const candidates =
    roots.length <= fullScanLimit
      ? texts.map(() => roots)
      : await lookalikesByTrigram(tx, speakerId, texts);
  const norm = (c: Earlier) => normalisedCached(c.canonicalText);
  return texts.map((text, i) => {
    const mine = normaliseClaim(text);
    const russian = isRussianText(text);
    let best: { score: number; id: string } | null = null;
    // A claim in the other language is compared on figures, entities and polarity only; the
    // trigram pre-filter cannot find it, so it is compared with every root of the speaker.
    for (const other of candidates[i]!) {
      if (isRussianText(other.canonicalText) !== russian) continue;
      const score = repeatSimilarity(mine, norm(other));
      if (score >= REPEAT_THRESHOLD && (!best || score > best.score))
        best = { score, id: other.id };
    }
    if (!best) {
      const key = crossLanguageKey(text);
      for (const other of roots) {
        if (isRussianText(other.canonicalText) === russian) continue;
        const score = crossLanguageSimilarity(key, crossLanguageKey(other.canonicalText));
        if (score >= CROSS_LANGUAGE_THRESHOLD && (!best || score > best.score))
          best = { score, id: other.id };
      }
    }
    return best?.id ?? null;
  });
}
