// Which capitalised names are people. A speaker is a person: never an outlet ("Nordic
// Courier"), an organisation ("Savanna Mobile PLC", "European Commission"), a country or a
// place ("Porto Alegre").
import countries from "world-countries";
import { type Lexicon, perLexicon } from "../lexicon";

export const personNames = perLexicon((lex: Lexicon) => {
  const ORGANISATION = new Set(lex.organisationWords);
  const HONORIFIC = new RegExp(`^(?:${lex.honorifics.join("|")})\\.?$`);
  const TITLE_WORDS = new Set(
    [
      ...Object.keys(lex.jobTitles),
      ...Object.values(lex.jobTitles).flat(),
      ...lex.roleNouns,
      // "Host Kwame Boateng", "Anchor Rico Bautista": who asks is a role, not a given name.
      ...lex.questionLabels.filter((l) => l.length > 3 && l !== "question"),
      "deputy",
      "chief",
      "executive",
      "officer",
      "administrator",
      "department",
      "acting",
      "vice",
      "first",
      "lord",
      "lady",
      "madam",
    ].flatMap((t) => t.split(/\s+/)),
  );
  // Country names and capitals ("South Africa", "Nairobi"), and demonyms ("Ghanaian").
  const PLACES = new Set(
    countries.flatMap((c) => [c.name.common, ...c.capital]).map((p) => p.toLowerCase()),
  );
  const DEMONYMS = new Set(
    countries
      .flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
      .filter((d): d is string => !!d)
      .map((d) => d.toLowerCase()),
  );

  const FOREIGN_ARTICLE = new Set([
    "El",
    "La",
    "Le",
    "Il",
    "Lo",
    "Los",
    "Las",
    "Les",
    "Gli",
    "Der",
    "Die",
    "Das",
    "Het",
  ]);

  /** "HERALD", "RATU" (a transcript label or a masthead in capitals) → "Herald", "Ratu". */
  const asWritten = (word: string) =>
    word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
      ? word[0] + word.slice(1).toLowerCase()
      : word;
  const isHonorific = (word: string) => HONORIFIC.test(word) || HONORIFIC.test(asWritten(word));
  // "Inspector-General", "Director-General": each part a title.
  const isTitleWord = (word: string) =>
    word.split("-").every((part) => TITLE_WORDS.has(part.toLowerCase()));

  /**
   * "Dr. Priya Raman" → "Priya Raman"; "Chief Executive Officer Daniel Mwangi" → "Daniel Mwangi";
   * "ICT Cabinet Secretary Wanjiru Kamau" → "Wanjiru Kamau" (what precedes a title is its remit).
   */
  function stripTitles(name: string): string {
    const words = name.split(/\s+/);
    // "Seismologist Sato": a profession before a name is not part of it.
    const isTitle = (w: string) =>
      isHonorific(w) ||
      isTitleWord(w) ||
      /^\p{Lu}\p{Ll}+(?:ologist|ographer|onomist|ician)$/u.test(w);
    const lastTitle = words.slice(0, -1).findLastIndex(isTitle);
    return words.slice(lastTitle + 1).join(" ");
  }

  /**
   * Capitalised runs the article uses for organisations: any run holding an organisation word
   * ("Savanna Mobile PLC", "the Nordic Courier") marks its words as an organisation's.
   */
  function organisationNames(text: string): Set<string> {
    const found = new Set<string>();
    for (const m of text.matchAll(
      /[A-Z][\p{L}’'&.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|for[ \t]+|and[ \t]+)?[A-Z][\p{L}’'&.-]*)+/gu,
    )) {
      const words = m[0].split(/\s+/);
      // "Energy Minister Sofia Lindahl" is a title and a name, not an organisation.
      if (words.some((w) => isTitleWord(w) || isHonorific(w))) continue;
      const isOrganisation = (w: string) => ORGANISATION.has(asWritten(w.replace(/[’']s$/, "")));
      if (!words.some(isOrganisation)) continue;
      // "Elin Haf Morgan of the Welsh Hill Farmers' Association": the name before "of" is a
      // person's; "Bank of England", "University of Cape Town" run on from the organisation word.
      const segments = m[0].split(/[ \t]+(?:of|for|and)[ \t]+(?:the[ \t]+)?/);
      const first = segments.findIndex((seg) => seg.split(/\s+/).some(isOrganisation));
      const named = segments.slice(first).join(" ").split(/\s+/);
      for (let i = 0; i + 1 < named.length; i++) found.add(`${named[i]} ${named[i + 1]}`);
    }
    return found;
  }

  /** True when `name` ("Ingrid Halvorsen") can be a person in this article. */
  function isPersonName(name: string, organisations: Set<string>): boolean {
    const words = name.split(/\s+/);
    if (words.length < 2) return false;
    // "El Observador Andino", "Il Giornale", "Die Zeit": an article in another language starts a title.
    if (FOREIGN_ARTICLE.has(words[0]!)) return false;
    if (words.some((w) => ORGANISATION.has(asWritten(w.replace(/[’']s$/, ""))))) return false;
    // A whole place name, or a demonym in it ("Ghanaian Cocoa"); a single country word may be a first name (Jordan).
    if (PLACES.has(name.toLowerCase()) || words.some((w) => DEMONYMS.has(w.toLowerCase())))
      return false;
    // "Greenpeace Malaysia", "Oxfam Kenya": a body's national branch; a surname is not a country.
    if (PLACES.has(words.at(-1)!.toLowerCase())) return false;
    for (let i = 0; i + 1 < words.length; i++)
      if (organisations.has(`${words[i]} ${words[i + 1]}`)) return false;
    return true;
  }

  /**
   * Surnames the article treats as people who speak: next to a speech verb ("Baird said", "said
   * Gordon Baird") or after an honorific ("Mr Baird"). A bare capitalised run ("Tel Aviv") is not.
   */
  function speakingPeople(text: string, speechVerb: RegExp): Set<string> {
    const found = new Set<string>();
    const name = String.raw`([A-Z][\p{L}’'-]+)`;
    const verb = speechVerb.source;
    for (const re of [
      new RegExp(
        // "Rodríguez said", "Rodríguez, a lawyer, said", "Its president, Luis Rodríguez, said".
        String.raw`${name}(?:,[^,.]{1,120},|,)?\s+(?:also\s+|has\s+|had\s+)?(?:${verb})`,
        "gu",
      ),
      new RegExp(String.raw`(?:${verb})\s+(?:[A-Z][\p{L}’'-]+\s+)*${name}`, "gu"),
      new RegExp(String.raw`\b(?:${lex.honorifics.join("|")})\.?\s+${name}`, "gu"),
      // A full name with an age in apposition: "Marjorie Leng, 74, has volunteered …".
      new RegExp(String.raw`\b[A-Z][\p{L}’'-]+\s+${name},\s+\d{1,3},`, "gu"),
      // "Owain Jenkins, who farms 400 acres near Llandovery, …": "who" is said of people.
      new RegExp(String.raw`\b[A-Z][\p{L}’'-]+\s+${name},\s+who\b`, "gu"),
    ]) {
      for (const m of text.matchAll(re)) found.add(m[1]!);
    }
    // A full name with a description: "Rosnah Ismail, a resident, disagrees." ("Cape Town, a
    // city of …" is a place.)
    for (const m of text.matchAll(
      /\b([A-Z][\p{L}’'-]+)\s+([A-Z][\p{L}’'-]+),\s+(?:a|an)\s+[a-z]/gu,
    )) {
      if (!isPlaceOrProfession(m[1]!) && !isPlaceOrProfession(m[2]!)) found.add(m[2]!);
    }
    // An occupation in lower case before a full name: "cloth trader Waqas Butt is unimpressed",
    // "retired nurse Ama Owusu", "economist Lena Berg".
    for (const m of text.matchAll(
      /\b[a-z]+(?:er|or|ist|ian|ant|ent|man|woman|wife)\s+([A-Z][\p{L}’'-]+)\s+([A-Z][\p{L}’'-]+)\b/gu,
    )) {
      if (!isPlaceOrProfession(m[1]!) && !isPlaceOrProfession(m[2]!)) found.add(m[2]!);
    }
    return found;
  }

  /** "Israel", "Ghanaian", "Climatologist": a word before a name that is not part of it. */
  function isPlaceOrProfession(word: string): boolean {
    const w = word.toLowerCase();
    return (
      PLACES.has(w) ||
      DEMONYMS.has(w) ||
      /(?:ologist|ographer|onomist|ician)$/.test(w) ||
      TITLE_WORDS.has(w)
    );
  }

  return {
    isHonorific,
    isTitleWord,
    stripTitles,
    organisationNames,
    isPersonName,
    speakingPeople,
    isPlaceOrProfession,
  };
});
