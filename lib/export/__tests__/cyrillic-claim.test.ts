// A claim said in Russian, added through the desk's own use case (add a claim said elsewhere)
// and driven through review and publishing, reads back in Cyrillic from every format: the claim
// workspace, the stored public page (lang="ru" on the quote), ClaimReview (inLanguage), CSV
// (UTF-8 with a BOM for Excel), JSON and the PDF report (text extracted from the file).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { buffer } from "node:stream/consumers";
import { parse } from "csv-parse/sync";
import { extractText, getDocumentProxy } from "unpdf";
import { disconnectDb, prisma } from "../../db";
import { parseInput, runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { createTestSpeaker } from "../../testing/speakers";
import { readyToPublish } from "../../testing/publish-checklist";
import { createClaimIn } from "../../testing/workflow";
import { addClaimAction } from "../../claims/claims.actions";
import { getClaimWorkspace } from "../../claims/get-claim-workspace";
import { publishVerdictAction } from "../../publishing/publishing.actions";
import { getPublishedCheck } from "../../publishing/get-published-check";
import { exportQuerySchema, type ExportQueryInput } from "../export.schema";
import { prepareExport } from "../export-report";

after(disconnectDb);

const tag = randomBytes(3).toString("hex");
const LATIN = `Anatoly Viktorov ${tag}`;
const CYRILLIC = `Анатолий Викторов ${tag}`;
const QUOTE = `Около двух миллионов человек в Израиле говорят по-русски, и это уникальный мост между нашими народами (${tag}).`;
const CLAIM = `Около двух миллионов человек в Израиле говорят по-русски (${tag})`;
let editor: CurrentUser;
let claimId: string;
let slug: string;

async function exported(input: ExportQueryInput) {
  const prepared = await prepareExport(parseInput(exportQuerySchema, input));
  return buffer(prepared.open());
}

before(async () => {
  await readyToPublish();
  editor = await createTestUser("EDITOR");
  const reviewer = await createTestUser("REVIEWER");
  await createTestSpeaker({
    name: LATIN,
    title: "Russian Ambassador to Israel",
    aliases: ["Viktorov"],
    names: [{ language: "ru", name: CYRILLIC, aliases: ["Викторов", "посол"] }],
  });
  // Typed in Cyrillic, as an editor working from a Russian broadcast would.
  const added = await runActionAs(addClaimAction, editor, {
    speakerId: "",
    speakerName: CYRILLIC,
    quote: QUOTE,
    medium: "TV",
    outlet: "Первый канал",
    url: `https://www.1tv.ru/news/${tag}`,
    saidOn: "2026-02-01",
    mediaTimestamp: "",
    canonicalText: CLAIM,
  });
  assert.ok(added.ok, JSON.stringify(added));
  claimId = added.data.id;
  await createClaimIn("APPROVED", { editor, reviewer, claimId });
  const published = await runActionAs(publishVerdictAction, reviewer, { claimId });
  assert.ok(published.ok, JSON.stringify(published));
  slug = (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).slug;
});

test("the desk: the claim is the stored speaker's, its quote and text in Cyrillic, its language Russian", async () => {
  const workspace = (await getClaimWorkspace({ user: editor, claimId }))!;
  assert.equal(workspace.claim.speaker.name, LATIN);
  assert.equal(workspace.claim.quote, QUOTE);
  assert.equal(workspace.claim.canonicalText, CLAIM);
  assert.equal(workspace.appearance.language, "ru");
  assert.equal(workspace.appearance.outlet, "Первый канал");
});

test("the public page: the quote in Cyrillic inside lang=ru, UTF-8, and ClaimReview with inLanguage ru", async () => {
  const check = await getPublishedCheck(slug);
  assert.equal(check?.state, "live");
  if (check?.state !== "live") return;
  assert.equal(check.check.appearance.language, "ru");
  const review = JSON.parse(JSON.stringify(check.check.claimReview));
  assert.equal(review.itemReviewed.appearance.inLanguage, "ru");
  assert.equal(review.itemReviewed.appearance.text, QUOTE);
  assert.equal(review.itemReviewed.text, CLAIM);
  const page = await prisma.publishedPage.findFirstOrThrow({
    where: { publication: { claimId } },
  });
  assert.match(page.html, /<meta charSet="utf-8"\/>/i);
  const blockquote = page.html.match(/<blockquote\b[^>]*>\s*<p>([^<]*)<\/p>/)!;
  assert.ok(blockquote, "the quote is a blockquote");
  assert.match(blockquote[0], /\blang="ru"/);
  assert.equal(blockquote[1], `“${QUOTE}”`);
  assert.match(page.html, /<dd data-testid="check-language">Russian<\/dd>/);
  // The JSON-LD inside the page carries the same language and words.
  assert.ok(page.html.includes(`"inLanguage":"ru"`));
  assert.ok(page.html.includes(JSON.stringify(QUOTE).slice(1, -1)));
});

test("CSV: UTF-8 with a byte-order mark, the quote and claim in Cyrillic, language ru; the Cyrillic name filters", async () => {
  const bytes = await exported({ format: "csv", speaker: CYRILLIC });
  assert.deepEqual(
    [...bytes.subarray(0, 3)],
    [0xef, 0xbb, 0xbf],
    "UTF-8 BOM, so Excel reads UTF-8",
  );
  const rows: Record<string, string>[] = parse(bytes.toString("utf8"), {
    columns: true,
    bom: true,
  });
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.claim, CLAIM);
  assert.equal(rows[0]!.quote, `“${QUOTE}”`);
  assert.equal(rows[0]!.language, "ru");
  assert.equal(rows[0]!.outlet, "Первый канал");
  assert.equal(rows[0]!.speaker, LATIN);
  // The bytes are the UTF-8 encoding of the text, not a re-encoding of it.
  assert.ok(bytes.includes(Buffer.from(CLAIM, "utf8")));
});

test("JSON and the ClaimReview feed: Cyrillic as written, language ru", async () => {
  const json = await exported({ format: "json", speaker: LATIN });
  const [record] = JSON.parse(json.toString("utf8"));
  assert.equal(record.quote, QUOTE);
  assert.equal(record.canonicalText, CLAIM);
  assert.equal(record.appearance.language, "ru");
  assert.ok(json.includes(Buffer.from(QUOTE, "utf8")), "written as UTF-8, not \\u escapes");
  const feed = await exported({ format: "claimreview", speaker: CYRILLIC });
  const [review] = JSON.parse(feed.toString("utf8"));
  assert.equal(review.itemReviewed.appearance.inLanguage, "ru");
  assert.equal(review.itemReviewed.text, CLAIM);
});

test("PDF: the embedded font carries Cyrillic; the quote and claim come back out of the file", async () => {
  const bytes = await exported({ format: "pdf", speaker: CYRILLIC });
  assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
  const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
    mergePages: true,
  });
  const flat = pages.replace(/\s+/g, " ");
  assert.ok(flat.includes(CLAIM), flat.slice(0, 2000));
  // The quote may wrap across lines: compare with white space folded.
  assert.ok(flat.includes(`“${QUOTE}”`.replace(/\s+/g, " ")), flat.slice(0, 3000));
  assert.ok(flat.includes("Первый канал"));
});
