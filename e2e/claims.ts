// Inserts articles and claims straight into the e2e database (E2E_DATABASE_URL), independent of the importer.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface InsertArticleOptions {
  text: string;
  speakerName: string;
  claims?: { quote: string; status?: "CANDIDATE" | "QUEUED"; score?: number }[];
}

/** An article by `speakerName` with claims at the first place each quote occurs in the text. */
export async function insertArticle({
  text,
  speakerName,
  claims = [],
}: InsertArticleOptions): Promise<{ articleId: string; claimIds: string[] }> {
  const tag = randomBytes(4).toString("hex");
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const speaker = await client.query(
      `insert into speakers (id, name) values (gen_random_uuid(), $1) on conflict (name) do update set name = excluded.name returning id`,
      [speakerName],
    );
    const article = await client.query(
      `insert into articles (id, outlet, title, url, "publishedAt", text, "contentHash", "speakerId")
       values (gen_random_uuid(), 'City Times', $1, $2, '2024-05-01', $3, $4, $5) returning id`,
      [
        `Interview ${tag}`,
        `https://citytimes.example.org/${tag}`,
        text,
        `e2e-${tag}`,
        speaker.rows[0].id,
      ],
    );
    const claimIds: string[] = [];
    for (const [i, c] of claims.entries()) {
      const start = text.indexOf(c.quote);
      const claim = await client.query(
        `insert into claims (id, slug, "articleId", "speakerId", quote, "startOffset", "endOffset", "canonicalText",
                             kind, score, reasons, status, "updatedAt")
         values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $4, 'QUANTITY', $7, '{}', $8, now()) returning id`,
        [
          `e2e-${tag}-${i}`,
          article.rows[0].id,
          speaker.rows[0].id,
          c.quote,
          start,
          start + c.quote.length,
          c.score ?? 0.5,
          c.status ?? "QUEUED",
        ],
      );
      claimIds.push(claim.rows[0].id as string);
    }
    return { articleId: article.rows[0].id as string, claimIds };
  } finally {
    await client.end();
  }
}

export async function insertQueuedClaim(
  options: { quote?: string; score?: number } = {},
): Promise<{ id: string; quote: string }> {
  const tag = randomBytes(4).toString("hex");
  const quote =
    options.quote ??
    `Crime fell by ${Number.parseInt(tag.slice(0, 2), 16)} per cent in district ${tag} since 2020.`;
  const { claimIds } = await insertArticle({
    text: `Interview ${tag}\n\nQ: Is the city safer?\nA: ${quote} We did that.`,
    speakerName: `Mayor ${tag}`,
    claims: [{ quote, score: options.score }],
  });
  return { id: claimIds[0]!, quote };
}
