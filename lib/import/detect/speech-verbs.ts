// Verbs that report what someone said. Present and past forms; "has said" etc. are covered
// because the auxiliary sits between subject and verb.
const VERBS = [
  "said", "says", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses",
  "emphasi[sz]ed", "emphasi[sz]es", "explained", "explains", "warned", "warns", "recalled",
  "acknowledged", "acknowledges", "confirmed", "confirms", "denied", "denies", "insisted", "insists",
  "argued", "argues", "claimed", "claims", "accused", "accuses", "pointed (?:out|to|at)",
  "singled out", "called (?:on|for)", "calls (?:on|for)", "continued", "asserted", "maintained",
  "contended", "contends", "clarified", "admitted", "urged", "urges", "decried", "blamed", "rejected",
  "dismissed", "estimated", "announced", "revealed", "declared", "underlined", "underscored",
  "highlighted", "observed", "remarked", "replied", "responded", "answered", "wrote", "tweeted",
  "posted", "testified", "suggested", "predicted", "conceded", "reiterated", "mentioned", "stated",
  "states", "assured", "reported", "disclosed", "countered", "charged", "alleged",
  "believes", "believed", "thinks", "hopes", "expects", "expected", "proposed", "agreed", "vowed",
  "promised", "pledged", "boasted", "complained", "lamented", "recounted",
];

export const SPEECH_VERB = new RegExp(`\\b(?:${VERBS.join("|")})\\b`, "g");
// "X started the interview by saying, …": the participle shares the clause subject.
export const PARTICIPLE = /\b(?:by\s+)?(?:saying|adding|noting|stressing|emphasi[sz]ing|insisting|explaining|warning|arguing|recalling|claiming|denying)\b/g;
export const ACCORDING_TO = /\baccording to\s+/gi;
/** Reported speech that carries content: "X said that …", "X confirmed Russia held …". */
export const THAT_CLAUSE = /^\s*(?:that\b|[,:]|\s)/;
