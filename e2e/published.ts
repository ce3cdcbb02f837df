// Inserts an APPROVED claim with verdict, revision and sources into the e2e database, ready to
// publish; and a signed-in reviewer who publishes it through the desk.
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { expect, signIn } from "./fixtures";
import { E2E_USERS } from "./users";

export async function reviewerPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "reviewer");
  return page;
}

export async function publishThroughDesk(reviewer: Page, claimId: string): Promise<void> {
  await reviewer.goto(`/publish/${claimId}`);
  await reviewer
    .getByRole("form", { name: "Publish verdict" })
    .getByRole("button", { name: "Publish" })
    .click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Published");
}

export async function insertApprovedClaim(
  options: {
    /** The article (must contain `quote`); default a Q&A whose answer is the quote. */
    articleText?: (quote: string) => string;
    quote?: (tag: string) => string;
    attribution?: string;
    /** The article's language (default en). */
    language?: string;
    canonicalText?: (tag: string) => string;
    speakerName?: (tag: string) => string;
  } = {},
): Promise<{
  id: string;
  slug: string;
  canonicalText: string;
  quote: string;
}> {
  const tag = randomBytes(4).toString("hex");
  const quote = options.quote?.(tag) ?? `Youth unemployment fell by half in ${tag} since 2022.`;
  const text = options.articleText?.(quote) ?? `Q: Jobs?\nA: ${quote}`;
  const start = text.indexOf(quote);
  const canonicalText =
    options.canonicalText?.(tag) ?? `Youth unemployment halved in ${tag} since 2022`;
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const reviewer = await client.query(`select id from users where email = $1`, [
      E2E_USERS.reviewer.email,
    ]);
    const rating = await client.query(`select id from ratings where label = 'Mostly false'`);
    const speaker = await client.query(
      `insert into speakers (id, name, title) values (gen_random_uuid(), $1, 'Minister of Labour') returning id`,
      [options.speakerName?.(tag) ?? `Minister ${tag}`],
    );
    const article = await client.query(
      `insert into articles (id, outlet, title, url, "publishedAt", text, "contentHash", "speakerId", language)
       values (gen_random_uuid(), 'Capital Radio', $1, $2, '2026-02-03', $3, $4, $5, $6) returning id`,
      [
        `Interview ${tag}`,
        `https://radio.example.org/${tag}`,
        text,
        `e2e-pub-${tag}`,
        speaker.rows[0].id,
        options.language ?? "en",
      ],
    );
    const claim = await client.query(
      `insert into claims (id, slug, "articleId", "speakerId", quote, "startOffset", "endOffset", "canonicalText",
                           attribution, kind, score, reasons, status, "updatedAt")
       values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, 'QUANTITY', 0.8, '{}', 'APPROVED', now()) returning id`,
      [
        `youth-unemployment-${tag}`,
        article.rows[0].id,
        speaker.rows[0].id,
        quote,
        start,
        start + quote.length,
        canonicalText,
        options.attribution ?? "qa-answer",
      ],
    );
    const claimId = claim.rows[0].id as string;
    const sources = [
      { url: "https://stats.example.org/youth-2022", title: "Youth labour survey 2022" },
      { url: "https://stats.example.org/youth-2025", title: "Youth labour survey 2025" },
    ];
    for (const [i, s] of sources.entries()) {
      await client.query(
        `insert into sources (id, "claimId", url, title, publisher, "accessedAt", "isPrimary", position, "createdById", "updatedAt")
         values (gen_random_uuid(), $1, $2, $3, 'Statistics Office', '2026-02-10', $4, $5, $6, now())`,
        [claimId, s.url, s.title, i === 0, i, reviewer.rows[0].id],
      );
    }
    const conclusion = "Youth unemployment fell by a fifth, not by half.";
    const analysis =
      "The survey shows a fall from 15% to 12%.\n\n<script>alert(1)</script>\n\n[bad link](javascript:alert(1))";
    const verdict = await client.query(
      `insert into verdicts (id, "claimId", "ratingId", conclusion, analysis, "authorId", revision, "updatedAt")
       values (gen_random_uuid(), $1, $2, $3, $4, $5, 1, now()) returning id`,
      [claimId, rating.rows[0].id, conclusion, analysis, reviewer.rows[0].id],
    );
    await client.query(
      `insert into verdict_revisions (id, "verdictId", revision, "ratingId", conclusion, analysis, "sourcesJson", "authorId")
       values (gen_random_uuid(), $1, 1, $2, $3, $4, $5, $6)`,
      [
        verdict.rows[0].id,
        rating.rows[0].id,
        conclusion,
        analysis,
        JSON.stringify(sources.map((s, i) => ({ ...s, isPrimary: i === 0 }))),
        reviewer.rows[0].id,
      ],
    );
    return { id: claimId, slug: `youth-unemployment-${tag}`, canonicalText, quote };
  } finally {
    await client.end();
  }
}
