// PDF report: a cover with the filter and date, a summary table of verdicts, then one section
// per claim (each also a PDF bookmark). Pages are flushed as they fill, so memory stays flat.
import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";
import { mediumText } from "../claims/claim-appearance";
import type { ExportRecord } from "./export-records";

export interface PdfSummary {
  total: number;
  byRating: { label: string; count: number }[];
  byStatus: { label: string; count: number }[];
}

export interface PdfOptions {
  title: string;
  filterLines: string[];
  generatedAt: Date;
  summary: PdfSummary;
  /** Tests only: uncompressed streams and the standard font, so text can be read back. */
  testing?: boolean;
}

const DEJAVU = "/usr/share/fonts/truetype/dejavu";
const MARGIN = 56;

function fonts(doc: PDFKit.PDFDocument, testing: boolean): { regular: string; bold: string } {
  // DejaVu covers accents and non-Latin names; the built-in Helvetica only covers WinAnsi.
  if (!testing && existsSync(`${DEJAVU}/DejaVuSans.ttf`)) {
    doc.registerFont("body", `${DEJAVU}/DejaVuSans.ttf`);
    doc.registerFont("bold", `${DEJAVU}/DejaVuSans-Bold.ttf`);
    return { regular: "body", bold: "bold" };
  }
  return { regular: "Helvetica", bold: "Helvetica-Bold" };
}

function table(
  doc: PDFKit.PDFDocument,
  f: { regular: string; bold: string },
  heading: string,
  rows: { label: string; count: number }[],
) {
  doc.font(f.bold).fontSize(13).text(heading).moveDown(0.3);
  const x = doc.page.margins.left;
  for (const row of [{ label: "", count: -1 }, ...rows]) {
    const y = doc.y;
    const isHeader = row.count === -1;
    doc.font(isHeader ? f.bold : f.regular).fontSize(11);
    doc.text(isHeader ? "Verdict" : row.label, x, y, { width: 300 });
    doc.text(isHeader ? "Claims" : String(row.count), x + 320, y, { width: 80, align: "right" });
    doc
      .moveTo(x, doc.y + 2)
      .lineTo(x + 400, doc.y + 2)
      .strokeColor("#999999")
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(0.4);
  }
  doc.x = x;
  doc.moveDown(1);
}

function section(
  doc: PDFKit.PDFDocument,
  f: { regular: string; bold: string },
  r: ExportRecord,
  n: number,
) {
  if (doc.y > doc.page.height - 200) doc.addPage();
  const heading = `${n}. ${r.canonicalText}`;
  doc.outline.addItem(heading);
  doc.font(f.bold).fontSize(13).fillColor("#000000").text(heading);
  doc.moveDown(0.3);
  doc
    .font(f.regular)
    .fontSize(10)
    .fillColor("#444444")
    .text(
      `${r.speaker.name}${r.speaker.title ? `, ${r.speaker.title}` : ""} · ${r.appearance.outlet}${r.appearance.medium ? ` (${mediumText(r.appearance)})` : ""} · ${r.claimDate ?? "undated"} · ${r.status}`,
    );
  doc.moveDown(0.3);
  doc.fillColor("#000000").font(f.regular).fontSize(11).text(`“${r.quote}”`, { indent: 12 });
  doc.moveDown(0.3);
  doc.font(f.bold).text(`Verdict: ${r.rating?.label ?? "Unrated"}`, { continued: !!r.conclusion });
  if (r.conclusion) doc.font(f.regular).text(` — ${r.conclusion}`);
  if (r.sources.length > 0) {
    doc.moveDown(0.3).font(f.bold).fontSize(10).text("Sources");
    doc.font(f.regular).fontSize(9);
    for (const [i, s] of r.sources.entries()) {
      doc.text(`${i + 1}. ${s.title}${s.publisher ? `, ${s.publisher}` : ""} — ${s.url}`);
    }
  }
  if (r.pageUrl)
    doc.moveDown(0.2).fontSize(9).fillColor("#0b5394").text(r.pageUrl).fillColor("#000000");
  doc.moveDown(1.2);
}

export function writePdf(
  records: AsyncIterable<ExportRecord>,
  options: PdfOptions,
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: !options.testing,
    info: { Title: options.title, Creator: "Claimdesk" },
  });
  const f = fonts(doc, options.testing ?? false);

  doc.font(f.bold).fontSize(24).text(options.title).moveDown(0.5);
  doc
    .font(f.regular)
    .fontSize(11)
    .text(`Generated ${options.generatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`);
  doc.moveDown(0.5).font(f.bold).text("Filter");
  doc.font(f.regular);
  for (const line of options.filterLines) doc.text(line);
  doc.moveDown(0.5).text(`${options.summary.total} claim${options.summary.total === 1 ? "" : "s"}`);
  doc.moveDown(1);
  table(doc, f, "Verdicts", options.summary.byRating);
  table(doc, f, "Status", options.summary.byStatus);

  (async () => {
    let n = 0;
    for await (const r of records) {
      if (n === 0) doc.addPage();
      section(doc, f, r, ++n);
    }
    doc.end();
  })().catch((err: unknown) => doc.destroy(err as Error));
  return doc;
}
