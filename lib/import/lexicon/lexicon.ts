// What detection needs to know about a language, one list per concept. Detection, the speaker
// guess, check-worthiness cues and repeat matching read these lists instead of keeping copies.
export interface Lexicon {
  /** ISO 639-1 code. */
  language: string;
  name: string;
  /** A title and the other words reporters use for the same person ("ambassador" → "envoy"). */
  jobTitles: Record<string, string[]>;
  /** Words that name a person by their function but are not a title of one person ("official", "analyst"). */
  roleNouns: string[];
  /** Verbs that report speech, regex source per entry ("emphasi[sz]ed", "pointed (?:out|to)"). */
  speechVerbs: string[];
  /** Participles that share the clause's subject ("…, saying …"). */
  speechParticiples: string[];
  /** Transcript labels of the person answering ("A:", "Answer:"). */
  answerLabels: string[];
  /** Transcript labels of the person asking ("Q:", "QUESTION:", "HOST:"). */
  questionLabels: string[];
  /** Titles of people who speak for someone else ("the spokesperson"): never the speaker by default. */
  proxyRoles: string[];
  /** Honorifics before a surname ("Ms", "Dr."). */
  honorifics: string[];
  /** Particles inside a name, before the word they belong to ("de la Cruz", "van der Heijden", "bin Ismail"). */
  nameParticles: string[];
  /** Patronymic words that close a name ("Nurlan Asanbek uulu"). */
  namePatronymics: string[];
  /** Number words, with their values, and scale words. */
  numberUnits: Record<string, number>;
  numberScales: Record<string, number>;
  /** Short courtesy sentences, regex sources matched at the start of a sentence. */
  pleasantries: string[];
  /** Words that make a capitalised name an organisation or outlet, not a person ("Courier", "Ministry", "PLC"). */
  organisationWords: string[];
  /**
   * Openings of a sentence that only completes the one before it ("That is a fall of 22
   * percent.", "Three years ago it was 21 percent."), regex sources matched at the start.
   */
  followUpOpeners: string[];
  /** Capitalised words that start sentences or name days and months, never people. */
  notNames: string[];
  /** First-person words ("I", "we", "our"): an op-ed or speech is written in them. */
  firstPerson: RegExp;
  /**
   * A page marked as opinion ("Opinion |", "Op-ed", "The writer is …"): its author's prose even
   * when little of it says "I" or "we". Matched against the first paragraphs and the last one.
   */
  opinionMarkers: RegExp;
  /**
   * Words that can be the subject of a speech verb but name nobody ("anyone had admitted",
   * "nobody denied"): a name before them is not the verb's subject.
   */
  indefiniteSubjects: string[];
  /** Third-person pronouns: the subject ones ("he", "she") and any form, to spot narration. */
  thirdPerson: { subjects: string[]; any: RegExp };
  /** Function words that say nothing about a story's topic (four letters or more). */
  stopWords: string[];
  /** Nouns after which a title word is an adjective ("the general public", "the general election"). */
  titleAsAdjectiveBefore: string[];
  /** Phrases that attribute what follows to a source ("according to"), regex sources. */
  accordingTo: string[];
  /** Words that make a sentence quantitative besides the number words ("percent"), regex sources. */
  quantityWords: string[];
  /** Dates and time anchors: a calendar date, a year, any anchor in time ("last year", "since"). */
  dates: { date: RegExp; year: RegExp; timeAnchor: RegExp };
  /** Cues of check-worthiness and claim kind (Full Fact's claim types as a guide). */
  cues: Record<CueName, RegExp>;
}

export type CueName =
  | "denialStrong"
  | "negation"
  | "causal"
  | "comparison"
  | "law"
  | "prediction"
  | "opinionStrong"
  | "hedge"
  | "courtesy"
  | "firstPersonExperience"
  | "eventVerb"
  | "anecdote"
  | "imperative"
  | "conditional"
  | "consequence";
