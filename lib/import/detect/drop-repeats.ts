import { REPEAT_MIN_CHARS } from "./thresholds";
interface Stated {
  quote: string;
  end: number;
  /** Canonical wording, compared to find the same statement twice. */
  claim: string;
}

/** A statement made twice in one article is one candidate: the later, fuller occurrence. */
export function dropRepeats<T extends Stated>(text: string, items: T[]): T[] {
  return dropSameClaim(dropStandfirstQuotes(text, items));
}

// A dek or standfirst quote ("The solution is …," X told JNS) is repeated later in the body.
function dropStandfirstQuotes<T extends Stated>(text: string, items: T[]): T[] {
  return items.filter((c) => {
    const quoted = c.quote.match(/["“]([^"“”]{25,}?)[,.]?["”]/);
    return !quoted || text.indexOf(quoted[1]!.replace(/[,.]$/, ""), c.end) < 0;
  });
}

function dropSameClaim<T extends Stated>(items: T[]): T[] {
  const key = (c: T) =>
    c.claim
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
      .slice(0, 60);
  const last = new Map<string, T>();
  for (const c of items) last.set(key(c), c);
  return items.filter((c) => key(c).length < REPEAT_MIN_CHARS || last.get(key(c)) === c);
}
