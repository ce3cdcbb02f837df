// Inserts claims straight into the e2e database (E2E_DATABASE_URL), independent of the importer.
import { randomBytes } from "node:crypto";
import pg from "pg";

export async function insertQueuedClaim(options: { quote?: string; score?: number } = {}): Promise<{ id: string; quote: string }> {
  const tag = randomBytes(4).toString("hex");
  const quote = options.quote ?? `Crime fell by ${Number.parseInt(tag.slice(0, 2), 16)} per cent in district ${tag} since 2020.`;
  const text = `Interview ${tag}\n\nQ: Is the city safer?\nA: ${quote} We did that.`;
  const start = text.indexOf(quote);
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const speaker = await client.query(`insert into speakers (id, name) values (gen_random_uuid(), $1) returning id`, [`Mayor ${tag}`]);
    const article = await client.query(
      `insert into articles (id, outlet, title, url, "publishedAt", text, "contentHash", "speakerId")
       values (gen_random_uuid(), 'City Times', $1, $2, '2024-05-01', $3, $4, $5) returning id`,
      [`Interview ${tag}`, `https://citytimes.example.org/${tag}`, text, `e2e-${tag}`, speaker.rows[0].id],
    );
    const claim = await client.query(
      `insert into claims (id, slug, "articleId", "speakerId", quote, "startOffset", "endOffset", "canonicalText",
                           kind, score, reasons, status, "updatedAt")
       values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $4, 'QUANTITY', $7, '{}', 'QUEUED', now()) returning id`,
      [`e2e-${tag}`, article.rows[0].id, speaker.rows[0].id, quote, start, start + quote.length, options.score ?? 0.5],
    );
    return { id: claim.rows[0].id as string, quote };
  } finally {
    await client.end();
  }
}
