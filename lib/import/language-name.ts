// Language names for people: "Russian" for "ru" (Intl, no data shipped).
const NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** "Russian" for "ru"; undefined for a code that names no language. */
export function languageNameOf(code: string): string | undefined {
  try {
    return NAMES.of(code);
  } catch {
    return undefined;
  }
}

/** "Russian (ru)", or the code alone when it names no language. */
export const languageLabel = (code: string) => {
  const name = languageNameOf(code);
  return name ? `${name} (${code})` : code;
};
