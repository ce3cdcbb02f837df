import { EN } from "../lexicon";
// Verbs that report what someone said. Present and past forms; "has said" etc. are covered
// because the auxiliary sits between subject and verb.
const VERBS = EN.speechVerbs;

export const SPEECH_VERB = new RegExp(`\\b(?:${VERBS.join("|")})\\b`, "g");
// "X started the interview by saying, …": the participle shares the clause subject.
export const PARTICIPLE = new RegExp(`\\b(?:by\\s+)?(?:${EN.speechParticiples.join("|")})\\b`, "g");
export const ACCORDING_TO = /\baccording to\s+/gi;
/** Reported speech that carries content: "X said that …", "X confirmed Russia held …". */
export const THAT_CLAUSE = /^\s*(?:that\b|[,:]|\s)/;
