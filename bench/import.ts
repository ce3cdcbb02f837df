// npm run bench -- import: 1,000 generated interviews through detection + importArticle into a
// throw-away database, against the raw insert of the same rows (no detection, no repeat lookup).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";
import { createTestDatabase } from "../scripts/lib/test-database";
import { disconnectDb, sql } from "../lib/db";
import { DEFAULT_THRESHOLD, type DetectedClaim } from "../lib/import/detect/detect-claims";
import { DetectPool, detectInOrder } from "../lib/import/detect-pool/detect-pool";
import { importArticle } from "../lib/import/import-article";
import { articleContentHash } from "../lib/import/content-hash";
import { publishedDateFields } from "../lib/import/published-date";
import { loadSeedManifest } from "../lib/import/seed-manifest";
import { manifestSpeakerNames, type ManifestSpeaker } from "../lib/import/seed-manifest.schema";
import { normalizeSpeakerName } from "../lib/import/speaker-name";
import type { ClaimKind } from "../lib/generated/prisma/enums";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const FIRST = [
  "Anatoly",
  "Sergei",
  "Irina",
  "Mikhail",
  "Olga",
  "Dmitri",
  "Elena",
  "Pavel",
  "Nadia",
  "Yuri",
];
const LAST = [
  "Viktorov",
  "Petrov",
  "Sokolova",
  "Morozov",
  "Volkova",
  "Lebedev",
  "Kozlova",
  "Novikov",
  "Orlova",
  "Pavlov",
  "Smirnov",
  "Fedorova",
  "Egorov",
  "Makarova",
  "Nikitin",
  "Zakharova",
  "Belov",
  "Komarova",
  "Gusev",
  "Titova",
];
const EXTRA = [
  "He added that the embassy had received {n} requests for consular help this year.",
  "According to him, {n} delegations are expected to visit before the end of the year.",
  '"We have doubled our cultural programme to {n} events," he said.',
  "He noted that trade in agricultural products grew by {n} per cent.",
];

interface Generated {
  text: string;
  speaker: ManifestSpeaker;
  article: { outlet: string; title: string; published: string; language: string };
}

// Same genre as the seeds: another ambassador's name, shifted figures, a sentence added or a
// paragraph dropped — so every content hash differs and repeats occur as in real archives.
function generate(
  seeds: { text: string; speaker: ManifestSpeaker; article: Generated["article"] }[],
  i: number,
): Generated {
  const seed = seeds[i % seeds.length]!;
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / seeds.length) % LAST.length]!;
  const shift = 1 + (i % 9);
  let text = seed.text
    .replace(/Anatoly/g, first)
    .replace(/Vi[ck]torov/g, last)
    .replace(/\b(\d{2,3})\b(?!\d)/g, (n) => String(Number(n) + shift));
  const paragraphs = text.split(/\n\n/);
  if (i % 3 === 0 && paragraphs.length > 8) paragraphs.splice(4 + (i % (paragraphs.length - 6)), 1);
  paragraphs.push(EXTRA[i % EXTRA.length]!.replace("{n}", String(10 + i)));
  text = `${paragraphs.join("\n\n")}\n`;
  const name = `${first} ${last}`;
  const aliases = seed.speaker.aliases.map((a) => a.replace(/Vi[ck]torov/, last));
  return {
    text,
    // Only the English name: the seeds' Russian name is one speaker's, and names are unique.
    speaker: { ...seed.speaker, name, aliases, names: [] },
    article: { ...seed.article, title: `${seed.article.title} (${i})` },
  };
}

async function withFreshDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const db = await createTestDatabase("claimdesk_bench");
  process.env.DATABASE_URL = db.url;
  try {
    return await fn();
  } finally {
    await disconnectDb();
    await db.dispose();
  }
}

export async function run(): Promise<void> {
  const dir = join(process.cwd(), "seeds");
  const manifest = await loadSeedManifest(join(dir, "manifest.json"));
  const seeds = manifest.articles.map((a) => ({
    text: readFileSync(join(dir, a.file), "utf8"),
    speaker: manifest.speakers.find((s) => s.name === a.speaker)!,
    article: { outlet: a.outlet, title: a.title, published: a.published, language: a.language },
  }));
  const articles = Array.from({ length: ARTICLES }, (_, i) => generate(seeds, i));
  const detected: DetectedClaim[][] = [];
  let detectMs = 0;
  let writeMs = 0;
  let repeats = 0;

  // The bulk import path: detection in worker threads, article i written while later ones
  // are detected. waitMs is the time the writer waited for detection.
  const pool = new DetectPool();
  const importSeconds = await withFreshDatabase(async () => {
    const started = performance.now();
    let t0 = performance.now();
    for await (const { item: a, candidates: all } of detectInOrder(pool, articles, (x) => ({
      text: x.text,
      speaker: x.speaker,
    }))) {
      const t1 = performance.now();
      detectMs += t1 - t0;
      const candidates = all.filter((c) => c.score >= DEFAULT_THRESHOLD);
      const imported = await importArticle({
        text: a.text,
        article: a.article,
        speaker: { ...a.speaker, names: manifestSpeakerNames(a.speaker) },
        candidates,
        importedById: null,
        mode: "queue",
      });
      t0 = performance.now();
      writeMs += t0 - t1;
      repeats += imported.repeatsLinked;
      detected.push(candidates);
    }
    return (performance.now() - started) / 1000;
  }).finally(() => pool.close());

  // The same rows written as plainly as possible: one transaction per article, one multi-row
  // insert for its claims; no detection, no duplicate check, no repeat lookup, no audit.
  const rawSeconds = await withFreshDatabase(async () => {
    const speakers = new Map<string, string>();
    const started = performance.now();
    for (const [i, a] of articles.entries()) {
      await sql.begin(async (tx) => {
        let speakerId = speakers.get(a.speaker.name);
        if (!speakerId) {
          speakerId = randomUUID();
          await tx`insert into speakers (id, name) values (${speakerId}::uuid, ${a.speaker.name})`;
          await tx`insert into speaker_names (id, "speakerId", language, name, normalized, aliases)
                   values (${randomUUID()}::uuid, ${speakerId}::uuid, 'en', ${a.speaker.name},
                           ${normalizeSpeakerName(a.speaker.name)}, ${tx.array(a.speaker.aliases)}::text[])`;
          speakers.set(a.speaker.name, speakerId);
        }
        const { published, ...fields } = a.article;
        const dates = publishedDateFields(published);
        const articleId = randomUUID();
        await tx`
          insert into articles (id, outlet, title, language, "publishedAt", "publishedText", text, "contentHash", "speakerId")
          values (${articleId}::uuid, ${fields.outlet}, ${fields.title}, ${fields.language}, ${dates.publishedAt}, ${dates.publishedText},
                  ${a.text}, ${articleContentHash(a.text)}, ${speakerId}::uuid)`;
        const now = new Date();
        const rows = detected[i]!.map((c) => ({
          id: randomUUID(),
          slug: randomUUID(),
          articleId,
          speakerId: speakerId!,
          quote: c.quote,
          startOffset: c.start,
          endOffset: c.end,
          context: c.context ?? null,
          canonicalText: c.claim,
          kind: c.kind.toUpperCase() as ClaimKind,
          score: c.score,
          reasons: tx.array(c.reasons),
          status: "QUEUED",
          updatedAt: now,
        }));
        if (rows.length) await tx`insert into claims ${tx(rows)}`;
      });
    }
    return (performance.now() - started) / 1000;
  });

  const claims = detected.reduce((n, c) => n + c.length, 0);
  const importRate = ARTICLES / importSeconds;
  const rawRate = ARTICLES / rawSeconds;
  console.log(`articles=${ARTICLES} claims=${claims} repeats_linked=${repeats}`);
  console.log(
    `detect_workers=${pool.size} writer_waited_for_detection_ms_per_article=${(detectMs / ARTICLES).toFixed(2)} import_write_ms_per_article=${(writeMs / ARTICLES).toFixed(2)}`,
  );
  console.log(`import_articles_per_s=${importRate.toFixed(1)}`);
  console.log(`raw_insert_articles_per_s=${rawRate.toFixed(1)}`);
  console.log(`import_overhead_ratio=${(rawRate / importRate).toFixed(2)}`);
}

// Run directly: node --import tsx bench/import.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  run().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
