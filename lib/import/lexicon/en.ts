import type { Lexicon } from "./lexicon";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DATE = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{4})\\b`,
  "g",
);
const YEAR = /\b(?:1[89]|20)\d{2}(?:s)?\b/g;
const TIME_ANCHOR = new RegExp(
  `${DATE.source}|${YEAR.source}|\\b(?:${MONTH})\\b(?= )|\\b(?:last|next|this|past)\\s+(?:week|month|year|decade|summer|winter|spring|autumn)\\b|\\b(?:since|ago|decades?|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b|\\bthe \\d{1,2}(?:st|nd|rd|th) of\\b`,
);

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
    // Police and military ranks ("Police Colonel Maricel Dizon", "Brigadier General Romeo Antonio").
    colonel: ["colonel"],
    "lieutenant colonel": ["lieutenant colonel", "colonel"],
    lieutenant: ["lieutenant"],
    brigadier: ["brigadier"],
    "brigadier general": ["brigadier general", "general"],
    captain: ["captain"],
    sergeant: ["sergeant"],
    inspector: ["inspector"],
    "chief inspector": ["chief inspector", "inspector"],
    detective: ["detective"],
    commander: ["commander"],
    admiral: ["admiral"],
    commissioner: ["commissioner"],
    councillor: ["councillor"],
    councilor: ["councilor"],
    councilwoman: ["councilwoman"],
    councilman: ["councilman"],
    alderman: ["alderman"],
    "attorney general": ["attorney general"],
    bishop: ["bishop"],
    archbishop: ["archbishop"],
    rabbi: ["rabbi"],
    imam: ["imam"],
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
  roleNouns: [
    "official",
    "expert",
    "analyst",
    "aide",
    "adviser",
    "advisor",
    "economist",
    "researcher",
    "scientist",
    "leader",
    "head",
  ],
  speechVerbs: [
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "emphasi[sz]ed",
    "emphasi[sz]es",
    "explained",
    "explains",
    "warned",
    "warns",
    "recalled",
    "acknowledged",
    "acknowledges",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "accused",
    "accuses",
    "pointed (?:out|to|at)",
    "singled out",
    "called (?:on|for)",
    "calls (?:on|for)",
    String.raw`continued(?!\s+to\b)`, // "…,” she continued", not "robberies continued to fall"
    "asserted",
    "maintained",
    "contended",
    "contends",
    "clarified",
    "admitted",
    "urged",
    "urges",
    "decried",
    "blamed",
    "rejected",
    "dismissed",
    "estimated",
    "announced",
    "revealed",
    "declared",
    "underlined",
    "underscored",
    "highlighted",
    "observed",
    "remarked",
    "replied",
    "responded",
    "answered",
    "wrote",
    "tweeted",
    String.raw`posted(?=\s+(?:on|to|online)\b)`, // "posted on X", not "teachers posted this year"
    "testified",
    "suggested",
    "predicted",
    "conceded",
    "reiterated",
    "mentioned",
    "stated",
    "states",
    "assured",
    "reported",
    "disclosed",
    "countered",
    "charged",
    "alleged",
    "believes",
    "believed",
    "thinks",
    "hopes",
    "expects",
    "expected",
    "proposed",
    String.raw`agreed(?!\s+to\b)`, // "agreed that …", not "has agreed to replace"
    "vowed",
    "promised",
    "pledged",
    "boasted",
    "complained",
    "lamented",
    "recounted",
  ],
  speechParticiples: [
    "saying",
    "adding",
    "noting",
    "stressing",
    "emphasi[sz]ing",
    "insisting",
    "explaining",
    "warning",
    "arguing",
    "recalling",
    "claiming",
    "denying",
  ],
  answerLabels: ["a", "answer", "response", "r", "reply"],
  questionLabels: [
    "q",
    "question",
    "interviewer",
    "host",
    "anchor",
    "moderator",
    "reporter",
    "presenter",
  ],
  honorifics: [
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Prof",
    "Sir",
    "Dame",
    "Mx",
    // Forms of address before a name ("Hon. Ndapewa Haufiku", "the Rt Hon", "Rev. Tutu", "Eng. Odhiambo").
    "Hon",
    "Honourable",
    "Honorable",
    "Rt",
    "Rev",
    "Revd",
    "Fr",
    "Eng",
    "Amb",
    "Datuk",
    "Dato",
    "Datin",
    "Ratu",
    "Seri",
    // Abbreviated ranks before a name ("Col. Dizon", "Gen. Antonio", "Insp Malhotra").
    "Col",
    "Gen",
    "Lt",
    "Capt",
    "Sgt",
    "Maj",
    "Brig",
    "Insp",
    "Det",
    "Cmdr",
    "Supt",
  ],
  numberUnits: {
    zero: 0,
    one: 1,
    a: 1,
    an: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    half: 0.5,
    dozen: 12,
  },
  numberScales: { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  pleasantries: [
    "thank(?:s| you)",
    "good (?:morning|afternoon|evening|day)",
    "(?:it was|it's|it is) (?:a|my) pleasure",
    "my pleasure",
    "(?:you are|you're) welcome",
    "hello",
    "nice to (?:meet|see) you",
    "goodbye",
    "great to be (?:here|with you)",
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
    "Airlines Airways Motors Industries Systems Technologies Labs Council Teachers Nurses Workers Works Unions Conference Summit Forum Games " +
    "Cup Championship Festival Expo Fair Prize Award Act Bill Treaty Agreement Accord Convention Protocol Plan Strategy Initiative Project " +
    "Programme Report Index Survey Census Street Road Avenue Square Bridge Tunnel River Lake Sea Ocean Mountains Islands Island Valley " +
    "Province Region District County State City Town Village Republic Kingdom Emirates Union Photo Photograph Photos Images Getty AFP AP EPA " +
    // Newspapers' names in other languages, as English copy cites them.
    "Giornale Corriere Gazzetta Stampa Repubblica Messaggero Zeitung Allgemeine Rundschau Tageblatt Kurier Courrier Monde Figaro " +
    "Diario Periódico Noticias Gazeta Wyborcza Izvestia Kommersant Vedomosti Pravda Krant Dagblad Sanomat " +
    // Public bodies and companies by their own-language names ("Servicios de Agua y Drenaje").
    "Servicios Servicio Ministerio Ministério Ministère Secretaría Instituto Institut Banco Banque Compañía Companhia Empresa " +
    "Universidad Universidade Université Fundación Fundação Asociación Associação Consejo Conselho Conseil Comisión Comissão " +
    "Agencia Agência Société Gobierno Governo Gouvernement Tribunal Verband Gesellschaft Stiftung Bundesamt Ministerium"
  ).split(" "),
  followUpOpeners: [
    // "This is confirmed by the Israeli side."
    String.raw`(?:this|that|it)\s+(?:is|was|has been|had been)\s+\w+ed\b`,
    // "That's a reduction of 22 percent.", "That is up from 42 percent."
    String.raw`(?:that|this|it)(?:[’']s|\s+is|\s+was|\s+would be|\s+means)\b`,
    // "Three years ago it was 21 percent.", "This year there were fewer than four.", "Ten years ago that figure was 18 percent.", "Today the average is 2.05 zloty."
    String.raw`(?:[\p{L}\d,’'-]+\s+){0,6}?(?:it|that|this|there|that figure|this figure|the figure|the number|the average|the rate|the share|the total)\s+(?:is|was|were|are|had been|has been|stood at)\b`,
    // "In the same period last year we recorded 40.", "A year earlier the figure was …"
    String.raw`(?:in|over|during)\s+the same period\b`,
    String.raw`(?:a|one) (?:year|month|decade) (?:earlier|before)\b`,
    // "Most of that increase came from children under five."
    String.raw`(?:most|much|all|half|part|some|none) of (?:that|this|those|these|it)\b`,
  ],
  notNames: (
    "The A An In On At As But And Or If When While After Before During Despite Since For From With Without " +
    "This That These Those It Its There Here Then Now Still Yet So Also However Meanwhile Moreover " +
    "Although Though Because Even Among According Regarding Referring Against Nevertheless Historically " +
    "Later Earlier Today Yesterday Last Next Many Some Most Several Such Other Both Each Every No Not " +
    "We Our Us I My You Your They Their He His She Her Him What Which Who How Why Where Illustrative " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July " +
    "August September October November December Initially Indeed Of Naturally Secondly First Firstly " +
    "Yes Well Look Let Thank Thanks Good Ladies Friends Go Okay OK Sure Right By"
  ).split(" "),
  firstPerson: /\b(?:I|my|me|we|our|us|We|Our|My)\b/,
  indefiniteSubjects: [
    "anyone",
    "anybody",
    "nobody",
    "no one",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "they",
    "we",
    "I",
    "you",
  ],
  thirdPerson: { subjects: ["he", "she"], any: /\b(?:he|she|his|her|him)\b/i },
  stopWords: (
    "that this with from have will says said their about which would there been were they them than into also " +
    "more most some what when where while such these those after before over under just only very"
  ).split(" "),
  titleAsAdjectiveBefore: ["public", "election", "assembly", "manager", "practitioner"],
  accordingTo: ["according to"],
  quantityWords: ["half a million", "percent"],
  dates: { date: DATE, year: YEAR, timeAnchor: TIME_ANCHOR },
  // Linguistic cues for check-worthiness and claim type (Full Fact's claim types as a guide).
  cues: {
    denialStrong:
      /\b(?:not true|untrue|nonsense|no facts|deni(?:ed|es)|deny|false|baseless|fabricat\w*|tall tales|speculations?|lies)\b/i,
    negation: /\b(?:not|never|no|none|nothing|neither|nor)\b|n[’']t\b/i,
    causal:
      /\b(?:because|due to|caused?|causes|causing|led to|lead(?:s)? to|result(?:ed)? (?:of|in)|reasons? for|responsib\w+|blame|thanks to|aimed at|contribute to|in order to|prevents?)\b/i,
    comparison:
      /\b(?:more|less|fewer|larger|largest|bigger|biggest|most|least|the only|than|compared|unlike|highest|lowest|record|half)\b/i,
    law: /\b(?:laws?|legal(?:ly)?|illegal|resolution|treat(?:y|ies)|agreements?|obligations?|sanctions?|executive order|decree|court|constitution|convention|JCPOA|NPT|rights|policy)\b/i,
    prediction: /\b(?:will|going to|expects?|forecast|foreseeable future|would be|soon)\b/i,
    opinionStrong:
      /\b(?:I think|I believe|I wish|personally|we believe|in (?:my|our) (?:opinion|view)|we hope|I hope|should|ought to|let me|I advise|I would like|we prefer|it is important|it is necessary|time to|makes? sense)\b/i,
    hedge:
      /\b(?:maybe|perhaps|possibly|I cannot guess|I don[’']t know|not an expert|I am not|you know)\b/i,
    courtesy:
      /\b(?:thank you|thanks|hello|welcome|good (?:morning|evening)|congratulations|rest assured)\b/i,
    firstPersonExperience:
      /\b(?:I am|I[’']m|I was|I feel|I felt|my (?:belief|opinion|view|experience))\b/,
    eventVerb:
      /\b(?:held|visited|signed|released|adopted|condemned|contacted|included|evacuated|activated|shattered|received|met|killed|attacked|launched|established|built|imposed|suspended|transferred|supplied|sent|confirmed|discussed|conveyed|returned|amounted|ceased|purchas\w+|buy\w*|bought|fought|dropped|rose|fell|passed|went into effect|deployed|seized|secured|cut|closed|shut|paid|vaccinated|opened)\b/i,
    // A personal story in a speech or op-ed: "when my mother finally got electricity".
    anecdote:
      /\b(?:my (?:mother|father|grandmother|grandfather|parents|family|son|daughter|children|wife|husband|brother|sister|childhood|village)|when I was|I remember|I recall|I grew up|years ago,? I|I once|I met a)\b/i,
    // An instruction or appeal, not a statement: "Take the seven-fifteen back.", "Start with …".
    imperative:
      /^\W*(?:take|put|start|give|look|let|make|stop|come|go|tell|ask|imagine|think|consider|remember|keep|send|build|invest|fund|pay|listen|don[’']t|do not|please|join|help|act|vote|support|choose|ensure)\b/i,
    // A hypothesis, not a fact: "If not, we will see the market shrink."
    conditional: /^\W*(?:if|unless|should|were|had)\b|\b(?:would have|could have|might)\b/i,
    // A sentence drawing the consequence of the one before: "So losses have more than tripled."
    consequence:
      /^\W*(?:so|and so|which means|that means|in other words|that is why|this is why)\b/i,
  },
};
