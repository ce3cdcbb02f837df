import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { buffer, text } from "node:stream/consumers";
import { parse } from "csv-parse/sync";
import { disconnectDb } from "../../db";
import { runActionAs, parseInput } from "../../auth/authorized";
import { ActionError } from "../../auth/errors";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { readyToPublish } from "../../testing/publish-checklist";
import { createApprovedClaim } from "../../testing/published";
import { publishVerdictAction } from "../../publishing/publishing.actions";
import { exportQuerySchema, type ExportQueryInput } from "../export.schema";
import { prepareExport } from "../export-report";
import { CSV_HEADER } from "../write-csv";
import { exportWhere, streamExportRecords } from "../export-records";
import { getSettings } from "../../settings/get-settings";
import { extractText, getDocumentProxy } from "unpdf";

after(disconnectDb);

const SPEAKER = "Exporta Speaker";
let reviewer: CurrentUser;
let published: string[] = [];

async function exportText(input: ExportQueryInput) {
  const prepared = await prepareExport(parseInput(exportQuerySchema, input));
  return { prepared, body: await text(prepared.open()) };
}

before(async () => {
  await readyToPublish();
  reviewer = await createTestUser("REVIEWER");
  const editor = await createTestUser("EDITOR");
  const a = await createApprovedClaim({
    author: editor,
    speakerName: SPEAKER,
    articleDate: new Date("2026-01-10"),
    ratingLabel: "False",
  });
  const b = await createApprovedClaim({
    author: editor,
    approvedBy: reviewer,
    speakerName: SPEAKER,
    articleDate: new Date("2026-02-10"),
    ratingLabel: "Unverifiable",
    quote: "Crime doubled in Zürich, the police said.",
    attribution: "reported",
    conclusion: '=HYPERLINK("http://evil.example","click") and, "quoted"\nnew line',
    canonicalText: "Crime doubled in Zürich",
  });
  await createApprovedClaim({
    author: editor,
    speakerName: SPEAKER,
    articleDate: new Date("2026-03-10"),
    ratingLabel: "True",
    status: "IN_REVIEW",
  });
  for (const c of [a, b]) {
    const r = await runActionAs(publishVerdictAction, reviewer, { claimId: c.claim.id });
    assert.ok(r.ok);
  }
  published = [a.claim.slug, b.claim.slug];

  // The PDF report's period: June 2025, three published checks and one still in review.
  const june = (day: number) => new Date(`2025-06-${String(day).padStart(2, "0")}`);
  const british =
    "The farmers met the minister.\n\n'We paid 2.6 zloty,' he said. 'Nobody lives on that,' he added. 'Ask anyone.'";
  const pdfClaims = [
    await createApprovedClaim({
      author: editor,
      speakerName: "Анатолий Викторов",
      articleDate: june(5),
      ratingLabel: "False",
      articleText: british,
      quote: "'We paid 2.6 zloty,' he said.",
      attribution: "direct-quote",
      canonicalText: "Farmers were paid 2.6 zloty",
      analysis: "The **survey shows** a fall.\n\n- first point\n- second point",
    }),
    await createApprovedClaim({
      author: editor,
      speakerName: "Pdf Speaker",
      articleDate: june(10),
      ratingLabel: "True",
      quote: "The fares rose by a third, the mayor said.",
      attribution: "reported",
      canonicalText: "Fares rose by a third",
    }),
    await createApprovedClaim({
      author: editor,
      speakerName: "Pdf Speaker",
      articleDate: june(12),
      ratingLabel: "False",
      canonicalText: "Unemployment fell by 40 percent",
    }),
  ];
  for (const c of pdfClaims)
    assert.ok((await runActionAs(publishVerdictAction, reviewer, { claimId: c.claim.id })).ok);
  await createApprovedClaim({
    author: editor,
    speakerName: "Pdf Speaker",
    articleDate: june(20),
    status: "IN_REVIEW",
    canonicalText: "Still in review",
  });
});

describe("export filter", () => {
  test("impossible date range, unknown format, bad status and unknown rating are clear 400s", async () => {
    const bad = (input: Record<string, unknown>) => {
      try {
        parseInput(exportQuerySchema, input);
        return null;
      } catch (err) {
        assert.ok(err instanceof ActionError);
        assert.equal(err.status, 400);
        return err.message;
      }
    };
    assert.match(
      bad({ format: "csv", from: "2026-05-01", to: "2026-04-01" }) ?? "",
      /date range is impossible/,
    );
    assert.match(
      bad({ format: "xlsx" }) ?? "",
      /Format must be one of csv, json, claimreview, pdf/,
    );
    assert.match(bad({ format: "csv", from: "2026-02-30" }) ?? "", /real calendar date/);
    assert.match(bad({ format: "csv", status: "LOST" }) ?? "", /Status must be one of/);
    await assert.rejects(
      prepareExport(parseInput(exportQuerySchema, { format: "csv", rating: "Pants on fire" })),
      /Unknown rating “Pants on fire”/,
    );
  });
});

describe("formats", () => {
  test("CSV parses back: header, one row per claim, formula cells neutralised, quotes and newlines kept", async () => {
    const { prepared, body } = await exportText({ format: "csv", speaker: SPEAKER });
    assert.equal(prepared.rowCount, 3);
    assert.ok(body.includes("\r\n"));
    const rows: Record<string, string>[] = parse(body, { columns: true, bom: true });
    assert.deepEqual(Object.keys(rows[0]!), CSV_HEADER);
    assert.deepEqual(CSV_HEADER, [
      "id",
      "status",
      "rating",
      "claim",
      "quote",
      "quote_type",
      "language",
      "speaker",
      "outlet",
      "article_title",
      "article_url",
      "said_on",
      "editor",
      "reviewer",
      "approved_at",
      "published_at",
      "conclusion",
      "page_url",
      "sources",
      "corrections",
    ]);
    assert.equal(rows.length, 3);
    const zurich = rows.find((r) => r.claim === "Crime doubled in Zürich")!;
    assert.equal(
      zurich.conclusion,
      `'=HYPERLINK("http://evil.example","click") and, "quoted"\nnew line`,
    );
    assert.equal(
      zurich.quote,
      "Reported by The Daily Example: Crime doubled in Zürich, the police said.",
    );
    assert.equal(zurich.quote_type, "reported");
    assert.equal(zurich.said_on, "2026-02-10");
    assert.equal(zurich.status, "Published");
    assert.equal(zurich.rating, "Unverifiable");
    assert.equal(zurich.reviewer, reviewer.name);
    assert.match(zurich.editor!, /^Editor /);
    assert.match(zurich.approved_at!, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(zurich.published_at!, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(zurich.article_url!, /^https:\/\/news\.example\.org\/interview-/);
    assert.match(
      zurich.sources!,
      /^Labour force survey 2025 — Statistics Office — https:\/\/stats\.example\.org\/labour-2025 \| /,
    );
    assert.match(zurich.page_url!, /\/checks\/claim-/);
    assert.equal(zurich.corrections, "0");
    const transcript = rows.find((r) => r.quote_type === "transcript")!;
    assert.match(transcript.quote!, /^“Unemployment fell by 40 percent last year \(\w+\)\.”$/);
    const inReview = rows.find((r) => r.status === "In review")!;
    assert.equal(inReview.page_url, "");
  });

  test("filters: date range on the claim date, status and rating", async () => {
    const feb = await exportText({
      format: "csv",
      speaker: SPEAKER,
      from: "2026-02-01",
      to: "2026-02-28",
    });
    assert.equal(feb.prepared.rowCount, 1);
    assert.equal(parse(feb.body, { bom: true }).length, 2);
    const inReview = await exportText({ format: "json", speaker: SPEAKER, status: "in_review" });
    assert.equal(JSON.parse(inReview.body).length, 1);
    const falseOnes = await exportText({ format: "json", speaker: SPEAKER, rating: "false" });
    assert.deepEqual(
      JSON.parse(falseOnes.body).map((r: { rating: { label: string } }) => r.rating.label),
      ["False"],
    );
  });

  test("JSON has full records with sources and history", async () => {
    const { body } = await exportText({ format: "json", speaker: SPEAKER });
    const records = JSON.parse(body);
    assert.equal(records.length, 3);
    const live = records.find((r: { slug: string }) => r.slug === published[0]);
    for (const key of [
      "id",
      "quote",
      "canonicalText",
      "speaker",
      "article",
      "status",
      "rating",
      "conclusion",
      "analysis",
      "sources",
      "publication",
      "revisions",
      "corrections",
      "pageUrl",
    ]) {
      assert.ok(key in live, key);
    }
    assert.equal(live.sources.length, 2);
    assert.equal(live.quoteType, "transcript");
    assert.ok(live.history.some((h: { action: string }) => h.action === "claim.publish"));
    assert.equal(live.revisions.length, 1);
    assert.equal(live.publication.status, "LIVE");
  });

  test("ClaimReview feed: the live checks only, as on the pages", async () => {
    const { prepared, body } = await exportText({ format: "claimreview", speaker: SPEAKER });
    const reviews = JSON.parse(body);
    assert.equal(prepared.rowCount, 2);
    assert.equal(reviews.length, 2);
    for (const r of reviews) {
      assert.equal(r["@type"], "ClaimReview");
      assert.ok(r.claimReviewed.length < 75);
      assert.equal(r.itemReviewed.author.name, SPEAKER);
    }
    assert.deepEqual(
      reviews
        .map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName)
        .sort(),
      ["False", "Unverifiable"],
    );
  });

  test("keyset batches cover every claim exactly once", async () => {
    const where = await exportWhere({ speaker: SPEAKER });
    const ids: string[] = [];
    for await (const r of streamExportRecords(where, await getSettings(), 2)) ids.push(r.id);
    assert.equal(ids.length, 3);
    assert.equal(new Set(ids).size, 3);
  });

  test("an empty export is still valid", async () => {
    const { body } = await exportText({ format: "json", speaker: "Nobody at all" });
    assert.deepEqual(JSON.parse(body), []);
    const csv = await exportText({ format: "csv", speaker: "Nobody at all" });
    assert.deepEqual(parse(csv.body, { bom: true }), [CSV_HEADER]);
    const pdf = await pdfPages({ format: "pdf", speaker: "Nobody at all" });
    assert.match(pdf.join("\n"), /No checks match this report's period and filters/);
  });

  test("PDF: published checks of the period, summary counts, contents, one section per check, Cyrillic", async () => {
    const pages = await pdfPages({ format: "pdf", from: "2025-06-01", to: "2025-06-30" });
    const all = pages.join("\n");
    assert.match(pages[0]!, /Checkpoint Desk/);
    assert.match(pages[0]!, /Fact-check report/);
    assert.match(pages[0]!, /Published checks on claims made from 1 June 2025 to 30 June 2025/);
    assert.match(pages[0]!, /3 checks in this report/);
    // count by rating (chart labels with their counts) and by speaker
    assert.match(pages[0]!, /False\s+2/);
    assert.match(pages[0]!, /True\s+1/);
    assert.match(pages[0]!, /Pdf Speaker\s+2/);
    assert.match(pages[0]!, /Анатолий Викторов\s+1/);
    assert.match(pages[1]!, /Contents/);
    const sections = all.match(/Speaker: /g) ?? [];
    assert.equal(sections.length, 3, "one section per published check");
    assert.ok(!all.includes("Still in review"), "other statuses only when asked");
    assert.match(all, /Speaker: Анатолий Викторов/);
    assert.match(all, /“We paid 2\.6 zloty”/);
    assert.match(all, /Reported by The Daily Example: The fares rose by a third, the mayor said\./);
    assert.match(all, /the survey shows a fall/i);
    assert.ok(!all.includes("**"), "Markdown is rendered, not printed");
    assert.match(all, /Labour force survey 2025 — Statistics Office/);
    assert.match(all, new RegExp(`Page 1 of ${pages.length}`));
    assert.ok(!/\d{4}-\d{2}-\d{2}T/.test(all), "no ISO timestamps");

    const asked = await pdfPages({
      format: "pdf",
      from: "2025-06-01",
      to: "2025-06-30",
      status: "in_review",
    });
    assert.match(asked.join("\n"), /Status: In review/);
    assert.match(asked.join("\n"), /Still in review/);
  });
});

async function pdfPages(input: ExportQueryInput): Promise<string[]> {
  const prepared = await prepareExport(parseInput(exportQuerySchema, input));
  assert.equal(prepared.contentType, "application/pdf");
  const bytes = await buffer(prepared.open());
  assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
    mergePages: false,
  });
  return text;
}
