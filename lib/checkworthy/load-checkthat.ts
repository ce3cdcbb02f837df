// Reads a CLEF-2019 CheckThat! Task 1 CSV (line_number,speaker,text,label,file_name)
// into debates, each a list of sentences in document order.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export type LabelledSentence = { line: number; speaker: string; text: string; label: 0 | 1 };
export type Debate = { name: string; sentences: LabelledSentence[] };

type Row = { line_number: string; speaker: string; text: string; label: string; file_name: string };

export function loadCheckthatDebates(path: string): Debate[] {
  const rows: Row[] = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true });
  const byDebate = new Map<string, LabelledSentence[]>();
  for (const row of rows) {
    if (row.label !== "0" && row.label !== "1") {
      throw new Error(
        `${path}: label must be 0 or 1, got "${row.label}" (${row.file_name} line ${row.line_number})`,
      );
    }
    const sentences = byDebate.get(row.file_name) ?? [];
    sentences.push({
      line: Number(row.line_number),
      speaker: row.speaker,
      text: row.text,
      label: row.label === "1" ? 1 : 0,
    });
    byDebate.set(row.file_name, sentences);
  }
  return [...byDebate.keys()].sort().map((name) => ({
    name,
    sentences: byDebate.get(name)!.sort((a, b) => a.line - b.line),
  }));
}
