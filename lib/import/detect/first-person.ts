// Rewrites the speaker's first person into third person: "we are" → "Russia is".
const BE: Record<string, string> = {
  are: "is",
  were: "was",
  have: "has",
  do: "does",
  "don't": "doesn't",
  "don’t": "doesn’t",
  "'re": " is",
  "’re": " is",
  "'ve": " has",
  "’ve": " has",
};
const KEEP =
  /^(?:will|would|can|could|should|must|may|might|shall|cannot|can't|can’t|\w+ed|did|had|was|made|built|sent|paid|took|gave|got|went|said|told|found|kept|held|left|met|brought|bought|thought|knew|saw|began|became|won|lost|ran|set|put|cut|grew|spent)$/;
const ADVERB =
  /^(?:also|always|never|still|regularly|publicly|constantly|strongly|deeply|fully|firmly|not|only|all|now|already|even|just|really|ultimately|traditionally)$/;

function thirdPerson(verb: string): string {
  if (BE[verb] || KEEP.test(verb)) return BE[verb] ?? verb;
  if (!/^[a-z]+$/.test(verb)) return verb;
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function agree(rest: string): string {
  return rest.replace(
    /^(\s*)((?:[a-z]+\s+){0,2}?)([a-z'’]+)/,
    (all, sp: string, advs: string, verb: string) => {
      const words = advs.trim().split(/\s+/).filter(Boolean);
      if (words.length && !words.every((w) => ADVERB.test(w))) return all;
      return `${sp}${advs}${thirdPerson(verb)}`;
    },
  );
}

export function toThirdPerson(
  text: string,
  country: string | undefined,
  speakerShort: string,
): string {
  let out = text;
  if (country) {
    out = out
      // Every "we <verb>", not after an auxiliary: "How can we play …" → "How can Russia play …".
      .replace(
        /(?<!\b(?:can|could|will|would|should|shall|may|might|must|do|did|are|were|have|had)\s)\b(?:we|We)(['’](?:re|ve))?\b((?:\s+[a-z'’]+){0,3})/g,
        (_m, contraction: string | undefined, rest: string) =>
          contraction ? `${country}${BE[contraction]}${rest}` : `${country}${agree(rest)}`,
      )
      // "our countries" are both sides, not the speaker's country twice.
      .replace(/\b(?:our|Our) (?:two )?(countries|nations|peoples|states)\b/g, "the two $1")
      .replace(/\b(?:our|Our)\b/g, `${country}’s`)
      .replace(/\b(?:we|We)\b/g, country)
      .replace(/\bus\b/g, country);
  }
  return out
    .replace(/\bI am\b|\bI[’']m\b/g, `${speakerShort} is`)
    .replace(/\bI\b(.*)$/s, (_m, rest: string) => `${speakerShort}${agree(rest)}`)
    .replace(/\bI\b/g, speakerShort)
    .replace(/\bmy\b/gi, `${speakerShort}’s`);
}
