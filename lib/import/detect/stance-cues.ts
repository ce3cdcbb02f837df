// Wording of statements that take a position or describe a relationship in general terms,
// rather than assert something an editor could look up. Generic diplomatic and political
// boilerplate, not tied to any one speaker or topic.

/** Abstract nouns and adjectives of relationship talk: "an important partner", "solid foundations". */
export const PLATITUDE =
  /\b(?:important|importance|solid|foundations?|various|multifaceted|mutual(?:ly)? (?:understanding|beneficial|respect)|constructive|fruitful|friendly|partners?|partnership|dialogue|common ground|wide range|all possible|necessary|stability|interests? in developing|strengthen\w*|promot\w+|principled|fundamental|(?:positive|negative) developments)\b/gi;

/** Sentence openers and fillers that frame rather than state. */
export const FRAMING =
  /\b(?:at the same time|of course|naturally|in this context|as a rule|as a whole|in turn|by the way|in addition|nevertheless|in general|it is no secret|it should be understood|let me remind you|it is important (?:to|that))\b/gi;

/** The speaker's conviction, wish, intention or readiness. */
export const STANCE =
  /\b(?:(?:we|I) (?:are|am) (?:deeply |firmly |absolutely )?convinced|(?:we|I) (?:believe|hope|expect|advocate|oppose|consider|call on|urge|want|prefer|support|remain|intend)|(?:would|should) like|(?:is|are|remain|remains) (?:ready|open|committed|determined|prepared)|our (?:firm |principled )?position|(?:stressed|emphasi[sz]ed|underlined|highlighted) the (?:importance|need)|continues? to (?:work|adhere|develop|support))\b/i;

/** Always-true timeless qualifiers: "always", "traditionally", "in all conditions". */
export const TIMELESS =
  /\b(?:always|traditionally|constantly|as before|in all (?:\w+ )?conditions|ultimately|in the long run)\b/i;

/** A concrete past action or finding attributed to someone: the core of an event claim. */
export const REPORTED_FACT =
  /\b(?:confirmed|denied|revealed|disclosed|announced|admitted|recalled|estimated|counted|recorded)\b/i;

export const countMatches = (re: RegExp, text: string) => (text.match(re) ?? []).length;
