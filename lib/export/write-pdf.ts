// The report a newsroom hands out: a cover (organisation, period, filters), a summary of findings
// (count by rating with a bar chart, count by speaker), contents with page numbers, then one
// section per check (claim, speaker, where and when, rating badge, conclusion, analysis with its
// Markdown rendered, sources, link). Pages are buffered so the contents and the "page n of N"
// footers can be written at the end; the report covers one period, not the whole database.
import PDFDocument from "pdfkit";
import { mediumText } from "../claims/claim-appearance";
import { formatDateTime } from "../dates/format-date";
import type { ExportRecord } from "./export-records";
import { drawMarkdown } from "./pdf-markdown";
import { type PdfFonts, registerPdfFonts } from "./pdf-fonts";

export interface PdfCount {
  label: string;
  count: number;
  /** The rating's value on the scale (colours the bar); null: off the scale or unrated. */
  value?: number | null;
}

export interface PdfSummary {
  total: number;
  byRating: PdfCount[];
  bySpeaker: PdfCount[];
  byStatus: PdfCount[];
}

export interface PdfOptions {
  organizationName: string;
  title: string;
  period: string;
  filterLines: string[];
  generatedAt: Date;
  summary: PdfSummary;
  /** When the report lists other statuses than published, sections say the status in words. */
  showStatus: boolean;
}

const MARGIN = 56;
const CONTENTS_PER_PAGE = 32;
const BADGE_COLOURS: Record<number, string> = {
  5: "#1d6b2f",
  4: "#4f8a2b",
  3: "#b07d00",
  2: "#c2571a",
  1: "#a61b1b",
};
const colourOf = (value: number | null | undefined) =>
  (value != null && BADGE_COLOURS[Math.max(1, Math.min(5, value))]) || "#555555";

function heading(doc: PDFKit.PDFDocument, f: PdfFonts, text: string, size = 16) {
  doc.font(f.bold).fontSize(size).fillColor("#000000").text(text).moveDown(0.4);
}

function ratingChart(doc: PDFKit.PDFDocument, f: PdfFonts, rows: PdfCount[]) {
  const x = doc.page.margins.left;
  const labelWidth = 130;
  const barMax = doc.page.width - MARGIN * 2 - labelWidth - 50;
  const max = Math.max(1, ...rows.map((r) => r.count));
  for (const row of rows) {
    const y = doc.y;
    doc.font(f.regular).fontSize(10).fillColor("#000000");
    doc.text(row.label, x, y + 2, { width: labelWidth - 8 });
    const w = Math.max(2, (row.count / max) * barMax);
    doc.rect(x + labelWidth, y, w, 14).fill(colourOf(row.value));
    doc
      .fillColor("#000000")
      .text(String(row.count), x + labelWidth + w + 6, y + 2, { lineBreak: false });
    doc.x = x;
    doc.y = y + 20;
  }
  doc.moveDown(0.6);
}

function countTable(doc: PDFKit.PDFDocument, f: PdfFonts, header: string, rows: PdfCount[]) {
  const x = doc.page.margins.left;
  for (const [i, row] of [{ label: header, count: -1 }, ...rows].entries()) {
    if (doc.y > doc.page.height - MARGIN - 30) doc.addPage();
    const y = doc.y;
    doc.font(i === 0 ? f.bold : f.regular).fontSize(10);
    doc.text(row.label, x, y, { width: 320 });
    const after = doc.y;
    doc.text(i === 0 ? "Checks" : String(row.count), x + 330, y, { width: 70, align: "right" });
    doc.y = Math.max(after, doc.y);
    doc
      .moveTo(x, doc.y + 1)
      .lineTo(x + 400, doc.y + 1)
      .lineWidth(0.5)
      .strokeColor("#999999")
      .stroke();
    doc.y += 4;
  }
  doc.x = x;
  doc.moveDown(1);
}

function cover(doc: PDFKit.PDFDocument, f: PdfFonts, o: PdfOptions) {
  doc.font(f.bold).fontSize(12).fillColor("#555555").text(o.organizationName);
  doc.moveDown(0.3).fillColor("#000000").fontSize(24).text(o.title).moveDown(0.4);
  doc.font(f.regular).fontSize(12).text(o.period);
  doc.fontSize(10).fillColor("#444444");
  for (const line of o.filterLines) doc.text(line);
  doc.text(`Generated ${formatDateTime(o.generatedAt)}`).fillColor("#000000");
  doc.moveDown(1);
  heading(doc, f, "Summary of findings");
  const n = o.summary.total;
  doc
    .font(f.regular)
    .fontSize(11)
    .text(
      n === 0
        ? "No checks match this report's period and filters."
        : `${n} check${n === 1 ? "" : "s"} in this report.`,
    )
    .moveDown(0.6);
  if (n === 0) return;
  doc.font(f.bold).fontSize(12).text("By rating").moveDown(0.3);
  ratingChart(doc, f, o.summary.byRating);
  doc.font(f.bold).fontSize(12).text("By speaker").moveDown(0.3);
  countTable(doc, f, "Speaker", o.summary.bySpeaker);
  if (o.showStatus) {
    doc.font(f.bold).fontSize(12).text("By status").moveDown(0.3);
    countTable(doc, f, "Status", o.summary.byStatus);
  }
}

function badge(doc: PDFKit.PDFDocument, f: PdfFonts, label: string, value: number | null) {
  doc.font(f.bold).fontSize(10);
  const w = doc.widthOfString(label) + 16;
  const x = doc.page.margins.left;
  const y = doc.y;
  doc.roundedRect(x, y, w, 18, 4).fill(colourOf(value));
  doc.fillColor("#ffffff").text(label, x + 8, y + 4, { lineBreak: false });
  doc.fillColor("#000000");
  doc.x = x;
  doc.y = y + 24;
}

function section(doc: PDFKit.PDFDocument, f: PdfFonts, r: ExportRecord, n: number, o: PdfOptions) {
  if (doc.y > doc.page.height - 260) doc.addPage();
  const title = `${n}. ${r.canonicalText}`;
  doc.outline.addItem(title);
  heading(doc, f, title, 14);
  const where = [
    r.appearance.outlet,
    r.appearance.title,
    r.appearance.medium ? mediumText(r.appearance) : null,
  ]
    .filter(Boolean)
    .join(" — ");
  const speaker = `${r.speaker.name}${r.speaker.title ? `, ${r.speaker.title}` : ""}`;
  doc.font(f.regular).fontSize(10).fillColor("#444444");
  doc.text(`Speaker: ${speaker}`);
  doc.text(`Where: ${where || "unknown"}`);
  doc.text(`When: ${r.claimDateText ?? "date unknown"}`);
  if (o.showStatus) doc.text(`Status: ${r.statusLabel}`);
  doc.fillColor("#000000").moveDown(0.4);
  doc
    .font(r.speakerWords ? f.italic : f.regular)
    .fontSize(11)
    .text(r.quoteShown, { indent: 12 });
  doc.moveDown(0.5);
  badge(doc, f, r.rating?.label ?? "Not rated yet", r.rating?.value ?? null);
  if (r.conclusion) doc.font(f.bold).fontSize(11).text(r.conclusion).moveDown(0.4);
  if (r.analysis.trim()) {
    doc.font(f.bold).fontSize(11).text("Analysis").moveDown(0.2);
    doc.fontSize(10);
    drawMarkdown(doc, r.analysis, f);
  }
  if (r.sources.length > 0) {
    doc.font(f.bold).fontSize(11).text("Sources").moveDown(0.2);
    doc.font(f.regular).fontSize(9);
    for (const [i, s] of r.sources.entries()) {
      doc.text(`${i + 1}. ${s.title}${s.publisher ? ` — ${s.publisher}` : ""}`);
      doc.fillColor("#0b5394").text(s.url, { link: s.url, indent: 12 }).fillColor("#000000");
    }
  }
  if (r.pageUrl) {
    doc.moveDown(0.3).font(f.regular).fontSize(9).text("Published at ", { continued: true });
    doc.fillColor("#0b5394").text(r.pageUrl, { link: r.pageUrl }).fillColor("#000000");
  }
  doc.moveDown(1.5);
}

function contents(
  doc: PDFKit.PDFDocument,
  f: PdfFonts,
  firstPage: number,
  entries: { title: string; page: number }[],
) {
  entries.forEach((e, i) => {
    if (i % CONTENTS_PER_PAGE === 0) {
      doc.switchToPage(firstPage + i / CONTENTS_PER_PAGE);
      doc.x = MARGIN;
      doc.y = MARGIN;
      if (i === 0) heading(doc, f, "Contents");
    }
    const y = doc.y;
    const width = doc.page.width - MARGIN * 2;
    doc.font(f.regular).fontSize(10);
    const title = e.title.length > 90 ? `${e.title.slice(0, 89)}…` : e.title;
    doc.text(title, MARGIN, y, { width: width - 40, lineBreak: false, ellipsis: true });
    doc.text(String(e.page), MARGIN + width - 40, y, { width: 40, align: "right" });
    doc.x = MARGIN;
    doc.y = y + 15;
  });
}

function pageNumbers(doc: PDFKit.PDFDocument, f: PdfFonts) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not open a new page
    doc
      .font(f.regular)
      .fontSize(8)
      .fillColor("#666666")
      .text(`Page ${i + 1} of ${count}`, MARGIN, doc.page.height - 36, {
        width: doc.page.width - MARGIN * 2,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

export function writePdf(
  records: AsyncIterable<ExportRecord>,
  options: PdfOptions,
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: options.title, Author: options.organizationName, Creator: "Claimdesk" },
  });
  const f = registerPdfFonts(doc);
  cover(doc, f, options);

  (async () => {
    const total = options.summary.total;
    const contentsPages = total > 0 ? Math.ceil(total / CONTENTS_PER_PAGE) : 0;
    const contentsStart = doc.bufferedPageRange().count;
    for (let i = 0; i < contentsPages; i++) doc.addPage();
    const entries: { title: string; page: number }[] = [];
    let n = 0;
    for await (const r of records) {
      if (n === 0) doc.addPage();
      n++;
      if (doc.y > doc.page.height - 260) doc.addPage();
      entries.push({
        title: `${n}. ${r.canonicalText}`,
        page: doc.bufferedPageRange().start + doc.bufferedPageRange().count,
      });
      section(doc, f, r, n, options);
    }
    if (contentsPages > 0)
      contents(doc, f, contentsStart, entries.slice(0, contentsPages * CONTENTS_PER_PAGE));
    pageNumbers(doc, f);
    doc.end();
  })().catch((err: unknown) => doc.destroy(err as Error));
  return doc;
}
