// Op-eds and speeches: the speaker wrote or delivered the whole text, in the first person and
// without quotation marks around their own words. The byline, a "Remarks by …" headline or an
// author note ("Eirik Solberg is director of …") names them.
import { maskQuotes } from "./quote-state";
import { type Lexicon, perLexicon } from "../lexicon";
import { personNames } from "./person-names";
import type { Paragraph, Sentence, SpeakerRef } from "./types";
import { speechPatterns } from "./speech-verbs";
import {
  AUTHORED_FIRST_PERSON_SHARE,
  MIN_AUTHORED_SENTENCES,
  MIN_TAGGED_QUOTES_REPORTED,
} from "./thresholds";

/** True for first-person prose (an op-ed, a speech), not for quotes reported by someone else. */
export function isFirstPersonProse(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  lex: Lexicon,
): boolean {
  let body = 0;
  let first = 0;
  let tagged = 0;
  const verb = speechPatterns(lex).verb;
  for (const s of sentences) {
    const p = paragraphs[s.paragraph]!;
    if (p.furniture || p.heading || s.inQuoteAtStart) continue;
    body++;
    const raw = text.slice(s.start, s.end);
    const masked = maskQuotes(raw);
    if (lex.firstPerson.test(masked)) first++;
    // "'Two years ago …,' says the commissioner": a quotation tagged by a speech verb.
    if (masked !== raw && new RegExp(verb.source).test(masked)) tagged++;
  }
  if (body < MIN_AUTHORED_SENTENCES || first === 0) return false;
  // A feature whose reporter writes "I visit", "when I ask" still quotes its subject throughout:
  // reported, not authored.
  if (tagged >= MIN_TAGGED_QUOTES_REPORTED) return false;
  // "Opinion | …", "The writer is …": the author's prose, however impersonal its style.
  const marked = [...paragraphs.slice(0, 3), paragraphs.at(-1)]
    .filter((p) => p !== undefined)
    .some((p) => lex.opinionMarkers.test(text.slice(p.start, p.end)));
  return marked || first / body >= AUTHORED_FIRST_PERSON_SHARE;
}

// The lines that name an op-ed's or speech's author, with the name's words (and the particles
// names carry: "Rohan de Mel", "Ilídio dos Santos Cumbe") in group 1.
const authorPatterns = perLexicon((lex: Lexicon) => {
  const particle = lex.nameParticles.join("|");
  const NAME = String.raw`((?:(?:\p{Lu}[\p{L}’'.-]+|${particle})[ \t]+){0,5}\p{Lu}[\p{L}’'-]+)`;
  const isParticle = new RegExp(`^(?:${particle})$`);
  /** "Ilídio dos Santos Cumbe" → ["Ilídio", "dos Santos", "Cumbe"]: a particle goes with the next word. */
  function nameGroups(name: string): string[] {
    const groups: string[] = [];
    let pending = "";
    for (const w of name.split(/\s+/)) {
      if (isParticle.test(w)) pending += `${w} `;
      else {
        groups.push(pending + w);
        pending = "";
      }
    }
    return groups;
  }
  const lines = [
    // "By Luciana Ferraz", "By Maria Sandoval, Minister of …"
    new RegExp(String.raw`^\s*By\s+${NAME}`, "mu"),
    // "Remarks by Prime Minister Rui Almeida Tavares at …", "Speech by …", "Address by …"
    new RegExp(
      String.raw`\b(?:[Rr]emarks|[Ss]peech|[Aa]ddress|[Ss]tatement|[Ll]ecture|[Kk]eynote)\s+(?:\w+\s+)?by\s+${NAME}`,
      "u",
    ),
    // "Full text of Hon. Peter Kaupa's address to …", "Full text of the address by …"
    new RegExp(
      String.raw`\b(?:[Ff]ull text|[Tt]ext|[Tt]ranscript) of\s+(?:the\s+)?(?:(?:keynote\s+)?(?:address|speech|remarks|statement)\s+by\s+)?${NAME}`,
      "u",
    ),
    // "Full text: Housing Minister Tama Rangihuna at the opening of …"
    new RegExp(
      String.raw`^\s*(?:[Ff]ull (?:text|remarks|speech)|[Ii]n full|[Tt]ext|[Tt]ranscript)\s*:\s*${NAME}`,
      "mu",
    ),
    // "Kwabena Asante-Darko is Ghana's ambassador to …" (author note, top or bottom)
    new RegExp(
      String.raw`^\s*${NAME}\s+(?:is|was|serves as)\s+(?:the\s+|a\s+|an\s+|[A-Z][\p{L}-]+[’']s\s+)?[\p{L}\s’'-]{0,40}?(?:of|at|to|for|in)\b`,
      "mu",
    ),
  ];
  return { lines, nameGroups };
});

/** The person an op-ed or speech names as its author, if any. */
export function authorOf(text: string, lex: Lexicon): SpeakerRef | undefined {
  const { isHonorific, isPersonName, isTitleWord, organisationNames, stripTitles } =
    personNames(lex);
  const organisations = organisationNames(text);
  const { lines, nameGroups } = authorPatterns(lex);
  for (const re of lines) {
    for (const m of text.matchAll(
      new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`),
    )) {
      // "Health Minister Dr Neema Mwakyusa’s address": the name without its possessive.
      let words = nameGroups(stripTitles(m[1]!.trim().replace(/[’']s$/, "")));
      // "Remarks by H.E. Ambassador af Klercker": the full name the article gives elsewhere.
      if (words.length === 1) {
        const full = new RegExp(
          String.raw`\b(\p{Lu}[\p{L}’'-]+)\s+${words[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`,
          "u",
        ).exec(text.replace(m[0], ""));
        if (full && !isHonorific(full[1]!) && !isTitleWord(full[1]!)) words = [full[1]!, words[0]!];
      }
      // Titles run into names; "at" ends the name in "… Tavares at the Atlantic …".
      // "By Ana Rita Castelo Branco": up to four name words when nothing else stands before them.
      const candidates = [
        ...(words.length === 4 ? [words.join(" ")] : []),
        words.slice(-3).join(" "),
        words.slice(-2).join(" "),
      ];
      const found = candidates.find(
        (n) => nameGroups(n).length >= 2 && isPersonName(n, organisations),
      );
      if (found) return { name: found, aliases: [found.split(" ").pop()!] };
    }
  }
  return undefined;
}
