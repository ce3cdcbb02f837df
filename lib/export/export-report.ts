// One export, any format: validated filter → row count up front → a byte stream.
import "server-only";
import type { Readable } from "node:stream";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { getSettings } from "../settings/get-settings";
import { getRatingScale } from "../publishing/rating-scale";
import { statusLabel } from "../workflow/claim-workflow";
import { claimReviewsOf } from "./claim-review-records";
import type { ExportFilter, ExportFormat, ExportQuery } from "./export.schema";
import {
  countExportRecords,
  exportWhere,
  streamCsvRecords,
  streamExportRecords,
} from "./export-records";
import { writeCsv } from "./write-csv";
import { writeJsonArray } from "./write-json";
import { writePdf, type PdfSummary } from "./write-pdf";
import { formatDate } from "../dates/format-date";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
  pdf: "application/pdf",
};

export interface PreparedExport {
  rowCount: number;
  contentType: string;
  filename: string;
  open(): Readable;
}

export function describeFilter(f: ExportFilter): string[] {
  const lines = [
    f.from || f.to ? `Claim date: ${f.from ?? "any"} to ${f.to ?? "any"}` : "Claim date: any",
    `Speaker: ${f.speaker ?? "any"}`,
    `Status: ${f.status ? statusLabel(f.status) : "any"}`,
    `Rating: ${f.rating ?? "any"}`,
  ];
  return lines;
}

/** "Checks published between 1 March 2026 and 31 March 2026" — the report's period in words. */
function periodOf(f: ExportFilter, publishedOnly: boolean): string {
  const what = publishedOnly
    ? "Published checks"
    : `Claims (${statusLabel(f.status!).toLowerCase()})`;
  const day = (s: string) => formatDate(`${s}T00:00:00Z`);
  if (f.from && f.to) return `${what} on claims made from ${day(f.from)} to ${day(f.to)}`;
  if (f.from) return `${what} on claims made since ${day(f.from)}`;
  if (f.to) return `${what} on claims made until ${day(f.to)}`;
  return `${what}, all dates`;
}

/** The report's other filters in words (the period and status are in its title line). */
function pdfFilterLines(f: ExportFilter): string[] {
  return [
    ...(f.speaker ? [`Speaker: ${f.speaker}`] : []),
    ...(f.rating ? [`Rating: ${f.rating}`] : []),
  ];
}

async function summarise(where: Prisma.ClaimWhereInput, total: number): Promise<PdfSummary> {
  const [byRatingId, byStatus, bySpeakerId, ratings] = await Promise.all([
    prisma.verdict.groupBy({ by: ["ratingId"], where: { claim: where }, _count: { _all: true } }),
    prisma.claim.groupBy({ by: ["status"], where, _count: { _all: true } }),
    prisma.claim.groupBy({ by: ["speakerId"], where, _count: { _all: true } }),
    prisma.rating.findMany({ orderBy: { position: "asc" } }),
  ]);
  const counted = new Map(byRatingId.map((g) => [g.ratingId, g._count._all]));
  const withVerdict = byRatingId.reduce((sum, g) => sum + g._count._all, 0);
  const byRating = ratings
    .filter((r) => counted.has(r.id))
    .map((r) => ({ label: r.label, value: r.value, count: counted.get(r.id)! }));
  if (counted.has(null))
    byRating.push({ label: "Not rated yet", value: null, count: counted.get(null)! });
  if (total > withVerdict)
    byRating.push({ label: "No verdict yet", value: null, count: total - withVerdict });
  const speakers = await prisma.speaker.findMany({
    where: { id: { in: bySpeakerId.map((g) => g.speakerId) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(speakers.map((s) => [s.id, s.name]));
  const bySpeaker = bySpeakerId
    .map((g) => ({ label: nameOf.get(g.speakerId) ?? "Unknown", count: g._count._all }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    total,
    byRating,
    bySpeaker,
    byStatus: byStatus.map((s) => ({ label: statusLabel(s.status), count: s._count._all })),
  };
}

export async function prepareExport(query: ExportQuery): Promise<PreparedExport> {
  const { format, ...filter } = query;
  const base = await exportWhere(filter);
  // The ClaimReview feed is live checks only; the PDF report is published checks unless a
  // status is asked for.
  const liveOnly = format === "claimreview" || (format === "pdf" && !filter.status);
  const where: Prisma.ClaimWhereInput = liveOnly
    ? { AND: [base, { publication: { status: "LIVE" } }] }
    : base;
  const [rowCount, settings] = await Promise.all([countExportRecords(where), getSettings()]);
  const stamp = new Date().toISOString().slice(0, 10);
  const ext = format === "claimreview" ? "claimreview.json" : format;
  const summary = format === "pdf" ? await summarise(where, rowCount) : null;
  const scale = format === "claimreview" ? await getRatingScale() : null;
  return {
    rowCount,
    contentType: CONTENT_TYPES[format],
    filename: `claimdesk-${stamp}.${ext}`,
    open() {
      if (format === "csv") return writeCsv(streamCsvRecords(where, settings));
      const records = streamExportRecords(where, settings);
      switch (format) {
        case "json":
          return writeJsonArray(records);
        case "claimreview":
          return writeJsonArray(claimReviewsOf(records, settings, scale!));
        case "pdf":
          return writePdf(records, {
            organizationName: settings.organizationName,
            title: "Fact-check report",
            period: periodOf(filter, liveOnly),
            filterLines: pdfFilterLines(filter),
            generatedAt: new Date(),
            summary: summary!,
            showStatus: !liveOnly,
          });
      }
    },
  };
}
