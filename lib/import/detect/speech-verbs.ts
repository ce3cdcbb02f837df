import { type Lexicon, perLexicon } from "../lexicon";

/**
 * Patterns of reported speech in one language. Verbs in present and past forms ("has said" etc.
 * are covered because the auxiliary sits between subject and verb); participles share the
 * clause's subject ("X started the interview by saying, …"); "according to" frames.
 */
export const speechPatterns = perLexicon((lex: Lexicon) => ({
  verb: new RegExp(`\\b(?:${lex.speechVerbs.join("|")})\\b`, "g"),
  participle: new RegExp(`\\b(?:by\\s+)?(?:${lex.speechParticiples.join("|")})\\b`, "g"),
  accordingTo: new RegExp(`\\b(?:${lex.accordingTo.join("|")})\\s+`, "gi"),
}));
