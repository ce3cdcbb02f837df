// CSV (RFC 4180: CRLF, quoted when needed, UTF-8 without BOM), one row per claim.
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { ExportRecord } from "./export-records";
import { neutraliseCell } from "./neutralise-cell";

export const CSV_HEADER = [
  "quote", "canonical_claim", "speaker", "outlet", "date", "status", "rating", "conclusion", "sources", "page_url",
];

export function csvRow(r: ExportRecord): string[] {
  return [
    r.quote,
    r.canonicalText,
    r.speaker.name,
    r.article.outlet,
    r.claimDate ?? "",
    r.status,
    r.rating?.label ?? "",
    r.conclusion,
    r.sources.map((s) => s.url).join(" | "),
    r.pageUrl ?? "",
  ].map(neutraliseCell);
}

export function writeCsv(records: AsyncIterable<ExportRecord>): Readable {
  const rows = Readable.from(
    (async function* () {
      for await (const r of records) yield csvRow(r);
    })(),
  );
  const csv = stringify({ header: true, columns: CSV_HEADER, record_delimiter: "\r\n" });
  rows.on("error", (err) => csv.destroy(err));
  return rows.pipe(csv);
}
