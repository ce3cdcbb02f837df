// Repeat detection: has this speaker said the same thing before? Only root claims (not
// themselves repeats) are compared: a repeat is linked to the root anyway. normaliseClaim decides.
import type { Tx } from "../../db";
import { normaliseClaim, repeatSimilarity, REPEAT_THRESHOLD } from "./normalise-claim";

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

async function lookalikesByTrigram(tx: Tx, speakerId: string, texts: string[]): Promise<Earlier[][]> {
  await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${TRIGRAM_RECALL_THRESHOLD}`);
  const rows = await tx.$queryRaw<Required<Earlier>[]>`
    SELECT (n.ord - 1)::int AS i, c.id::text AS id, c."canonicalText"
    FROM unnest(${texts}::text[]) WITH ORDINALITY AS n(t, ord)
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

/** For each new claim text, the id of the earlier root claim it repeats, or null. */
export async function findRepeatRoots(tx: Tx, speakerId: string, texts: string[], fullScanLimit = FULL_SCAN_LIMIT): Promise<(string | null)[]> {
  if (texts.length === 0) return [];
  const roots = await tx.$queryRaw<Earlier[]>`
    SELECT id::text AS id, "canonicalText" FROM claims
    WHERE "speakerId" = ${speakerId}::uuid AND "repeatOfId" IS NULL
    ORDER BY "createdAt" LIMIT ${fullScanLimit + 1}`;
  if (roots.length === 0) return texts.map(() => null);
  const candidates = roots.length <= fullScanLimit ? texts.map(() => roots) : await lookalikesByTrigram(tx, speakerId, texts);
  const normalised = new Map<string, ReturnType<typeof normaliseClaim>>();
  const norm = (c: Earlier) => normalised.get(c.id) ?? normalised.set(c.id, normaliseClaim(c.canonicalText)).get(c.id)!;
  return texts.map((text, i) => {
    const mine = normaliseClaim(text);
    let best: { score: number; id: string } | null = null;
    for (const other of candidates[i]!) {
      const score = repeatSimilarity(mine, norm(other));
      if (score >= REPEAT_THRESHOLD && (!best || score > best.score)) best = { score, id: other.id };
    }
    return best?.id ?? null;
  });
}
