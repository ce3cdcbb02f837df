import type { Lexicon } from "./lexicon";

export const en: Lexicon = {
  language: "en",
  name: "English",
  jobTitles: {
    ambassador: ["ambassador", "envoy", "diplomat"],
    envoy: ["envoy", "diplomat"],
    minister: ["minister"],
    president: ["president"],
    "prime minister": ["prime minister", "premier"],
    premier: ["premier"],
    chancellor: ["chancellor"],
    secretary: ["secretary"],
    senator: ["senator"],
    congressman: ["congressman"],
    congresswoman: ["congresswoman"],
    representative: ["representative"],
    mayor: ["mayor"],
    governor: ["governor"],
    spokesman: ["spokesman"],
    spokeswoman: ["spokeswoman"],
    spokesperson: ["spokesperson"],
    general: ["general"],
    commissioner: ["commissioner"],
    constable: ["constable"],
    "chief constable": ["chief constable"],
    superintendent: ["superintendent"],
    officer: ["officer"],
    "cabinet secretary": ["cabinet secretary", "minister"],
    chief: ["chief"],
    director: ["director"],
    chairman: ["chairman"],
    chairwoman: ["chairwoman"],
    chair: ["chair"],
    ceo: ["ceo", "chief executive"],
    "chief executive": ["chief executive"],
    professor: ["professor"],
    judge: ["judge"],
    king: ["king"],
    queen: ["queen"],
    prince: ["prince"],
  },
  roleNouns: ["official", "expert", "analyst", "aide", "adviser", "advisor", "economist", "researcher", "scientist", "leader", "head"],
  speechVerbs: [
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
  ],
  speechParticiples: ["saying", "adding", "noting", "stressing", "emphasi[sz]ing", "insisting", "explaining", "warning", "arguing", "recalling", "claiming", "denying"],
  answerLabels: ["a", "answer", "response", "r", "reply"],
  questionLabels: ["q", "question", "interviewer", "host", "anchor", "moderator", "reporter", "presenter"],
  honorifics: ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Mx"],
  numberUnits: {
    zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90, half: 0.5, dozen: 12,
  },
  numberScales: { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  pleasantries: [
    "thank(?:s| you)", "good (?:morning|afternoon|evening|day)", "(?:it was|it's|it is) (?:a|my) pleasure", "my pleasure",
    "(?:you are|you're) welcome", "hello", "nice to (?:meet|see) you", "goodbye", "great to be (?:here|with you)",
    "(?:glad|happy|delighted) to be (?:here|with you)",
  ],
  organisationWords: (
    "Courier Times Post Herald Gazette Journal News Tribune Telegraph Guardian Observer Chronicle Mirror Express Independent Standard " +
    "Star Sun Globe Mail Monitor Review Magazine Weekly Daily Radio Television TV Broadcasting Broadcast Channel Network Press Agency Wire " +
    "Reuters Bloomberg Ministry Department Office Bureau Agency Authority Administration Commission Committee Council Parliament Assembly " +
    "Senate Congress Court Tribunal Government Cabinet Party Union Federation Association Society Institute Institution University College " +
    "School Academy Foundation Fund Programme Program Bank Exchange Company Corporation Corp Group Holdings Inc Ltd PLC LLC AG SA GmbH " +
    "Organization Organisation Alliance Coalition League Movement Front Forces Army Navy Police Service Services Centre Center Hospital " +
    "Clinic Observatory Station Port Airport Embassy Consulate Mission Secretariat Board Trust Partners Capital Energy Mobile Telecom " +
    "Airlines Airways Motors Industries Systems Technologies Labs Council Teachers Nurses Workers Unions Conference Summit Forum Games " +
    "Cup Championship Festival Prize Award Act Bill Treaty Agreement Accord Convention Protocol Plan Strategy Initiative Project " +
    "Programme Report Index Survey Census Street Road Avenue Square Bridge Tunnel River Lake Sea Ocean Mountains Islands Island Valley " +
    "Province Region District County State City Town Village Republic Kingdom Emirates Union Photo Photograph Photos Images Getty AFP AP EPA " +
    // Newspapers' names in other languages, as English copy cites them.
    "Giornale Corriere Gazzetta Stampa Repubblica Messaggero Zeitung Allgemeine Rundschau Tageblatt Kurier Courrier Monde Figaro " +
    "Diario Periódico Noticias Gazeta Wyborcza Izvestia Kommersant Vedomosti Pravda Krant Dagblad Sanomat"
  ).split(" "),
  notNames: (
    "The A An In On At As But And Or If When While After Before During Despite Since For From With Without " +
    "This That These Those It Its There Here Then Now Still Yet So Also However Meanwhile Moreover " +
    "Although Though Because Even Among According Regarding Referring Against Nevertheless Historically " +
    "Later Earlier Today Yesterday Last Next Many Some Most Several Such Other Both Each Every No Not " +
    "We Our Us I My You Your They Their He His She Her Him What Which Who How Why Where Illustrative " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July " +
    "August September October November December Initially Indeed Of Naturally Secondly First Firstly " +
    "Yes Well Look Let Thank Thanks Good Ladies Friends Go Okay OK Sure Right"
  ).split(" "),
};
