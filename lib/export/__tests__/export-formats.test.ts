import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { buffer, text } from "node:stream/consumers";
import { parse } from "csv-parse/sync";
import { disconnectDb } from "../../db";
import { runActionAs, parseInput } from "../../auth/authorized";
import { ActionError } from "../../auth/errors";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { createApprovedClaim } from "../../testing/published";
import { publishVerdictAction } from "../../publishing/publishing.actions";
import { exportQuerySchema, type ExportQueryInput } from "../export.schema";
import { prepareExport } from "../export-report";
import { CSV_HEADER } from "../write-csv";
import { exportWhere, streamExportRecords } from "../export-records";
import { getSettings } from "../../settings/get-settings";

after(disconnectDb);

const SPEAKER = "Exporta Speaker";
let reviewer: CurrentUser;
let published: string[] = [];

async function exportText(input: ExportQueryInput) {
  const prepared = await prepareExport(parseInput(exportQuerySchema, input));
  return { prepared, body: await text(prepared.open()) };
}

before(async () => {
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
    speakerName: SPEAKER,
    articleDate: new Date("2026-02-10"),
    ratingLabel: "Unverifiable",
    quote: '=HYPERLINK("http://evil.example","click") and, "quoted"\nnew line',
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
    const rows: string[][] = parse(body);
    assert.deepEqual(rows[0], CSV_HEADER);
    assert.equal(rows.length, 4);
    const zurich = rows.find((r) => r[1] === "Crime doubled in Zürich")!;
    assert.equal(zurich[0], `'=HYPERLINK("http://evil.example","click") and, "quoted"\nnew line`);
    assert.equal(zurich[4], "2026-02-10");
    assert.equal(zurich[5], "PUBLISHED");
    assert.equal(zurich[6], "Unverifiable");
    assert.match(zurich[8], /^https:\/\/stats\.example\.org\/labour-2025 \| https:/);
    assert.match(zurich[9], /\/checks\/claim-/);
    const inReview = rows.find((r) => r[5] === "IN_REVIEW")!;
    assert.equal(inReview[9], "");
  });

  test("filters: date range on the claim date, status and rating", async () => {
    const feb = await exportText({
      format: "csv",
      speaker: SPEAKER,
      from: "2026-02-01",
      to: "2026-02-28",
    });
    assert.equal(feb.prepared.rowCount, 1);
    assert.equal(parse(feb.body).length, 2);
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
    assert.deepEqual(parse(csv.body), [CSV_HEADER]);
  });

  test("PDF has a cover, a summary and one section (and bookmark) per claim", async () => {
    const prepared = await prepareExport(
      parseInput(exportQuerySchema, { format: "pdf", speaker: SPEAKER }),
      { testing: true },
    );
    assert.equal(prepared.contentType, "application/pdf");
    const raw = (await buffer(prepared.open())).toString("latin1");
    assert.ok(raw.startsWith("%PDF-"));
    const pdfText = extractPdfText(raw);
    assert.match(pdfText, /fact-check report/);
    assert.match(pdfText, /Speaker: Exporta Speaker/);
    assert.match(pdfText, /Verdicts/);
    const headings = pdfText.match(/\b\d+\. (Unemployment fell|Crime doubled)/g) ?? [];
    assert.equal(headings.length, 3);
    assert.equal(
      (raw.match(/\/Parent \d+ 0 R\n\/Title \(/g) ?? []).length,
      3,
      "one bookmark per claim",
    );
  });
});

/** Text of an uncompressed pdfkit file drawn with a standard font: hex strings inside TJ arrays. */
function extractPdfText(raw: string): string {
  const lines: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const parts = [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) =>
      Buffer.from(h[1], "hex").toString("latin1"),
    );
    lines.push(parts.join(""));
  }
  return lines.join("\n");
}
