// Interview transcripts mark turns with a dash ("— Question?") or a short label
// ("Q:", "A:", "JNS:", "Ambassador:", "Lazar Berman:", "**A:**", and in capitals up to five
// words: "SEC. DE LA CRUZ-VILLANUEVA:").
const DASH_TURN = /^[—–-]\s*/;
// Markdown exports bold the label: "**A:** …", "**Q: …?**".
const LABEL_TURN =
  /^(?:[*_]{1,2})?(\p{Lu}[\p{L}.’'-]*(?:\s+[\p{L}.’'-]+){0,2}|\p{Lu}[\p{Lu}.’'-]*(?:\s+\p{Lu}[\p{Lu}.’'-]*){3,4}|«[А-ЯЁ][\p{L}.\s-]*»)\s*:(?:[*_]{1,2})?\s+/u;

export interface Turn {
  label?: string;
  dash: boolean;
  /** Length of the marker, so the sentence can start after it. */
  markerLength: number;
}

// A broadcast transcript's time code before the label: "[00:00:04] NGASSA:", "(12:31) HOST:".
const TIME_CODE = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+/;

export function readTurn(paragraph: string): Turn {
  const dash = DASH_TURN.exec(paragraph);
  if (dash) return { dash: true, markerLength: dash[0].length };
  const time = TIME_CODE.exec(paragraph)?.[0].length ?? 0;
  const label = LABEL_TURN.exec(paragraph.slice(time));
  if (label) return { label: label[1]!, dash: false, markerLength: time + label[0].length };
  return { dash: false, markerLength: 0 };
}
