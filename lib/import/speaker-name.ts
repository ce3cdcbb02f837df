// How a speaker's names compare: case-insensitive, ё and е alike, spaces collapsed. The same
// function fills speaker_names.normalized and every lookup, so "АНАТОЛИЙ ВИКТОРОВ", "Анатолий
// Викторов" and "анатолий  викторов" are one name.

/** A name in one language with that language's aliases. */
export interface SpeakerNameFields {
  /** ISO 639-1 ("en", "ru"). */
  language: string;
  name: string;
  aliases: string[];
}

export function normalizeSpeakerName(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .toLocaleLowerCase("ru")
    .replaceAll("ё", "е");
}

/** Trimmed, blank ones dropped, first-seen order, no two equal once normalised. */
export function uniqueAliases(aliases: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.trim().replace(/\s+/g, " ");
    const key = normalizeSpeakerName(alias);
    if (!alias || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}
