// CSV (RFC 4180: CRLF, quoted when needed), one row per claim. UTF-8 with a byte-order mark:
// Excel opens a CSV without one in the system's ANSI code page, and Cyrillic turns to mojibake.
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { CsvRecord } from "./export-records";
import { neutraliseCell } from "./neutralise-cell";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

// Dates are ISO days here on purpose: a spreadsheet reads them as dates in any locale.
export const CSV_COLUMNS: [string, (r: CsvRecord) => string][] = [
  ["id", (r) => r.id],
  ["status", (r) => r.statusLabel],
  ["rating", (r) => r.rating?.label ?? ""],
  ["claim", (r) => r.canonicalText],
  ["quote", (r) => r.quoteShown],
  ["quote_type", (r) => r.quoteType],
  ["language", (r) => r.appearance.language],
  ["speaker", (r) => r.speakerName],
  ["outlet", (r) => r.appearance.outlet],
  ["article_title", (r) => r.appearance.title ?? ""],
  ["article_url", (r) => r.appearance.url ?? ""],
  ["said_on", (r) => r.claimDate ?? ""],
  ["editor", (r) => r.editor ?? ""],
  ["reviewer", (r) => r.reviewer ?? ""],
  ["approved_at", (r) => day(r.approvedAt)],
  ["published_at", (r) => day(r.publishedAt)],
  ["conclusion", (r) => r.conclusion],
  ["page_url", (r) => r.pageUrl ?? ""],
  ["sources", (r) => r.sourceList.join(" | ")],
  ["corrections", (r) => String(r.correctionCount)],
];

export const CSV_HEADER = CSV_COLUMNS.map(([name]) => name);

export function csvRow(r: CsvRecord): string[] {
  return CSV_COLUMNS.map(([, cell]) => neutraliseCell(cell(r)));
}

export function writeCsv(records: AsyncIterable<CsvRecord>): Readable {
  const rows = Readable.from(
    (async function* () {
      for await (const r of records) yield csvRow(r);
    })(),
  );
  const csv = stringify({
    header: true,
    columns: CSV_HEADER,
    record_delimiter: "\r\n",
    bom: true,
  });
  rows.on("error", (err) => csv.destroy(err));
  return rows.pipe(csv);
}
