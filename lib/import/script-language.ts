// The language a short text or a name is in, told by its script alone: for names and single
// quotes, where franc's statistics have too little to go on.
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;
const CYRILLIC_LANGUAGES = new Set(["ru", "uk", "be", "bg", "sr", "mk", "kk"]);

export const isCyrillicLanguage = (code: string) => CYRILLIC_LANGUAGES.has(code);

/** Russian when most letters are Cyrillic, else English (the two scripts the desk reads). */
export function scriptLanguage(text: string): "ru" | "en" {
  const letters = text.match(LETTER)?.length ?? 0;
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  return letters > 0 && cyrillic > letters / 2 ? "ru" : "en";
}

/**
 * The language a typed name belongs to: the article's when the name is written in its script,
 * else the script's (Russian for Cyrillic, English for Latin).
 */
export function nameLanguage(name: string, articleLanguage = "en"): string {
  const language = scriptLanguage(name);
  return (language === "ru") === isCyrillicLanguage(articleLanguage) ? articleLanguage : language;
}
