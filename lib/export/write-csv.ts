// CSV (RFC 4180: CRLF, quoted when needed, UTF-8 without BOM), one row per claim.
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { CsvRecord } from "./export-records";
import { neutraliseCell } from "./neutralise-cell";

export const CSV_HEADER = [
  "quote",
  "canonical_claim",
  "speaker",
  "outlet",
  "date",
  "status",
  "rating",
  "conclusion",
  "sources",
  "page_url",
];

export function csvRow(r: CsvRecord): string[] {
  return [
    r.quote,
    r.canonicalText,
    r.speakerName,
    r.outlet,
    r.claimDate ?? "",
    r.status,
    r.ratingLabel ?? "",
    r.conclusion,
    r.sourceUrls.join(" | "),
    r.pageUrl ?? "",
  ].map(neutraliseCell);
}

export function writeCsv(records: AsyncIterable<CsvRecord>): Readable {
  const rows = Readable.from(
    (async function* () {
      for await (const r of records) yield csvRow(r);
    })(),
  );
  const csv = stringify({ header: true, columns: CSV_HEADER, record_delimiter: "\r\n" });
  rows.on("error", (err) => csv.destroy(err));
  return rows.pipe(csv);
}
