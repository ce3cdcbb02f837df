import { escapeRegExp } from "./escape-regexp";
import { findParagraphs } from "./clean";
import { splitSentences } from "./sentences";
import { speakerMentions } from "./speaker-mentions";
import { speechPatterns } from "./speech-verbs";
import { maskQuotes } from "./quote-state";
import { personNames } from "./person-names";
import { readTurn } from "./turns";
import { speakerRoles } from "./speaker-role";
import { alternation, type Lexicon, perLexicon } from "../lexicon";
import type { SpeakerRef } from "./types";
import {
  FIRST_ASKER_SHARE,
  HONORIFIC_WEIGHT,
  LABEL_WEIGHT,
  MIN_TRANSCRIPT_TURNS,
} from "./thresholds";

export const speakerGuesses = perLexicon((lex: Lexicon) => {
  const {
    isHonorific,
    isPersonName,
    isPlaceOrProfession,
    isTitleWord,
    organisationNames,
    stripTitles,
  } = personNames(lex);
  const { isCommonCapitalised } = speakerMentions(lex);
  const { ownRoleWords } = speakerRoles(lex);
  const SPEECH_VERB = speechPatterns(lex).verb;
  /** "Haris says", "says Haris", "Sutarno, a former governor, said": the article quotes them by this word. */
  const quotedBy = (word: string, text: string) =>
    new RegExp(
      `\\b${escapeRegExp(word)}(?:,[^,.]{1,120},)?\\s+(?:also\\s+)?(?:${SPEECH_VERB.source})|(?:${SPEECH_VERB.source})\\s+${escapeRegExp(word)}\\b`,
      "u",
    ).test(text);
  // Capitalised words on one line ("Lucia Ferraz", not "Lucia Ferraz\n\nThe"), with the particles
  // names carry ("Padraig O Suilleabhain", "Ursula von der Leyen", "Luiz Inácio da Silva").
  const PARTICLE = `(?:${lex.nameParticles.join("|")})`;
  // "al-Khatib", "el-Sisi": an Arabic article joined to the name.
  const WORD = String.raw`(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?\p{Lu}[\p{L}’'-]*`;
  // Central Asian patronymics close the name: "Nurlan Asanbek uulu", "Aigul Toktosun kyzy".
  const TRAILING = `(?:${lex.namePatronymics.join("|")})`;
  const NAME = new RegExp(
    String.raw`\p{Lu}[\p{L}’'-]+(?:[ \t\u00A0]+(?:${PARTICLE}[ \t\u00A0]+)*${WORD})+(?:[ \t]+${TRAILING}\b)?`,
    "gu",
  );
  const TRAILING_WORD = new RegExp(`^${TRAILING}$`);
  /** "Nurlan Asanbek uulu" → "Asanbek"; "Yuki Tanaka" → "Tanaka". */
  const surnameOf = (name: string) =>
    name
      .split(/\s+/)
      .filter((w) => !TRAILING_WORD.test(w))
      .pop()!;
  const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
  const FUNCTION_WORD = /^(?:of|for|and|the|to|in|at|on|with)$/i;
  const ANSWER_LABEL = new RegExp(`^(?:${lex.answerLabels.join("|")})$`, "i");
  const HONORIFIC_SURNAME = new RegExp(
    `\\b(?:${lex.honorifics.join("|")})\\.?\\s+([A-Z][\\p{L}’'-]+)`,
    "gu",
  );
  // "of", "in", "at", "near" before a capitalised run introduce a place ("the mayor of Nowy Targ").
  const HOST_INTRO = new RegExp(
    String.raw`([A-Z][\p{L}’'-]+(?:[ \t]+[A-Z][\p{L}’'-]+)*)\s*\((?:${lex.questionLabels.join("|")})\)`,
    "giu",
  );
  // "Host Kwame Boateng", "anchor Rico Bautista", "Host: Martin Hruška": the person who asks.
  const HOST_BEFORE_NAME = new RegExp(
    String.raw`\b(?:${lex.questionLabels
      .filter((l) => l.length > 3)
      .map((l) => `[${l[0]!.toUpperCase()}${l[0]}]${l.slice(1)}`)
      .join("|")}):?\s+(\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+)+)`,
    "gu",
  );
  // "Welcome to Morning Drive … I'm Kwame Boateng": a host, not a police chief's "I'm Teresa
  // Lindqvist, chief of …" at a briefing.
  const HOST_SELF = /\bI[’']m\s+(\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+)+)/u;
  const HOST_GREETING = /\b(?:welcome|listening to|watching|with me|joining us|you'?re on)\b/i;
  const BYLINE = /^(?:By|Interview by)\s+(\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+)+)/gmu;
  const PLACE_PREPOSITION = /\b(?:of|in|at|near)\s+$/;
  const MONONYM = new RegExp(
    String.raw`\b(?:${Object.keys(lex.jobTitles)
      .filter((t) => !t.includes(" "))
      .map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1)}`)
      .join("|")})\s+(\p{Lu}[\p{Ll}’'-]+)\b(?!\s+\p{Lu})`,
    "gu",
  );
  const PRONOUN_TAG = /\b(he|she)\s+(?:also\s+)?$/i;

  // Titles run into names ("Japanese Trade Minister Yuki Tanaka"): keep the last two words.
  const TITLE_WORD = new RegExp(
    `^(?:${alternation(Object.keys(lex.jobTitles).filter((t) => !t.includes(" ")))})$`,
    "i",
  );

  /** "RQ:" stands for the one person whose name starts with those initials (Rosa Quispe Mamani). */
  function byInitials(label: string, fullName: Map<string, string>): string | undefined {
    if (!/^\p{Lu}{2,4}$/u.test(label)) return undefined;
    // Particles have no initial: "HSH" is Hilal bin Saif al-Harthy.
    const initials = (name: string) =>
      name
        .split(/[\s-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join("");
    const matches = [...fullName].filter(([, name]) => initials(name).startsWith(label));
    return matches.length === 1 ? matches[0]![0] : undefined;
  }

  /**
   * "Park:" labels Park Ji-hoon (family name first): the one person whose name starts with the
   * label, or of several ("Park Sang-woo", his father) the one the headline or standfirst names.
   */
  function byFamilyName(
    text: string,
    paragraphs: ReturnType<typeof findParagraphs>,
    label: string,
    fullName: Map<string, string>,
  ): string | undefined {
    const starting = [...fullName].filter(
      ([, name]) => name.split(/\s+/)[0]!.toLowerCase() === label.toLowerCase(),
    );
    if (starting.length <= 1) return starting[0]?.[0];
    const intro = paragraphs
      .slice(0, 3)
      .map((p) => text.slice(p.start, p.end))
      .join("\n");
    const introduced = starting.filter(([, name]) => intro.includes(name));
    return introduced.length === 1 ? introduced[0]![0] : undefined;
  }

  /** "Eirik Lunde Brekke" over "Eirik Brekke": the fullest spelling of a surname's first name. */
  function keepFullest(fullName: Map<string, string>, name: string): void {
    const spelled = surnameOf(name);
    // "BREKKE" (a transcript label) and "Brekke" are one surname.
    const surname =
      [...fullName.keys()].find((k) => k.toLowerCase() === spelled.toLowerCase()) ?? spelled;
    // "Ahmad Faizal" after "Ahmad Faizal bin Ismail": the short form of a name already known.
    if ([...fullName.values()].some((n) => n.startsWith(`${name} `))) return;
    const known = fullName.get(surname);
    const first = (n: string) => n.split(/\s+/)[0]!.toLowerCase();
    const sameFirst = known !== undefined && first(known) === first(name);
    if (!known || (sameFirst && name.split(/\s+/).length > known.split(/\s+/).length))
      fullName.set(surname, name);
  }

  /** Capitalised runs that may name a person: not "the mayor of Nowy Targ", "a school in Ørsta". */
  function personRuns(text: string): { 0: string; index: number }[] {
    return [...text.matchAll(NAME)].flatMap((m) => {
      const before = text.slice(Math.max(0, m.index! - 8), m.index!);
      // "the Clean Air scandal": a person is not "the" anything.
      if (/\b(?:the|a|an)\s+$/i.test(before)) return [];
      // "Minister of Environment and Tourism Ganbaataryn Oyunchimeg": still the body's name.
      const ofAnd = /\bof\s+(?:\p{Lu}[\p{L}’'-]*,?\s+)+(?:and|&)\s+$/u.test(
        text.slice(Math.max(0, m.index! - 60), m.index!),
      );
      if (!PLACE_PREPOSITION.test(before) && !ofAnd) return [{ 0: m[0], index: m.index! }];
      // "Vice Minister of Commerce Zhang Huimin", "Minister of Water Resources Bahodir Tursunov":
      // after the body's name, the last two name words may be a person.
      const words = nameWords(m[0]);
      if (words.length < 3) return [];
      // "State Minister of Finance Aster Getachew Wolde … Aster said": a given name the article
      // quotes by stays.
      const tail = words.slice(quotedBy(words.at(-3)!, text) ? -3 : -2).join(" ");
      return [{ 0: tail, index: m.index! + m[0].lastIndexOf(tail) }];
    });
  }

  /** "Maria Teresa de la Cruz-Villanueva" → ["Maria", "Teresa", "de la Cruz-Villanueva"]. */
  function nameWords(run: string): string[] {
    const words: string[] = [];
    let particles = "";
    for (const w of run.split(" ")) {
      if (TRAILING_WORD.test(w) && words.length) {
        words[words.length - 1] += ` ${w}`;
        continue;
      }
      // "Van der Heijden" at a sentence start is the surname's particle too.
      if (PARTICLE_WORD.test(w) || (words.length === 0 && PARTICLE_WORD.test(w.toLowerCase())))
        particles += `${w} `;
      else {
        words.push(particles + w);
        particles = "";
      }
    }
    return words;
  }

  function cleanName(raw: string, organisations: Set<string>): string | undefined {
    const spaced = raw.replace(/\s+/g, " ");
    const all = nameWords(stripTitles(spaced));
    // Right after a title the whole run is the name: "Governor Ana Sofía Treviño Garza".
    const afterTitle = nameWords(spaced).length > all.length;
    while (all.length > 2 && isCommonCapitalised(all[all.length - 1]!)) all.pop(); // "… Viktorov On"
    const bad = (w: string) => {
      const last = w.split(" ").pop()!;
      return (
        FUNCTION_WORD.test(last) || // "SECRETARY OF STATE"
        isCommonCapitalised(last) ||
        /[’']s$/.test(last) ||
        TITLE_WORD.test(last) ||
        isHonorific(last) ||
        // "Councillor", "Host": a title word the job list knows is not a name.
        (w === last && isTitleWord(w))
      );
    };
    // The longest run of up to three name words at the end: "Esther Wanjiru Kamau", "Yuki Tanaka".
    let words = all.slice(-2);
    const three = all.slice(-3);
    // Three words only when nothing but a title stands before them ("… Secretary Esther Wanjiru Kamau",
    // not "… Tel Aviv Anatoly Viktorov").
    const before = all[all.length - 4];
    const four = all.length === 4 && afterTitle && isPersonName(all.join(" "), organisations);
    const startsRun =
      all.length === 3 ||
      (before !== undefined &&
        (TITLE_WORD.test(before) || isHonorific(before) || isPlaceOrProfession(before)));
    // "… of Commerce Zhang Huimin": an organisation word before two name words is not a given name.
    if (
      all.length >= 3 &&
      startsRun &&
      !three.some(bad) &&
      !isPlaceOrProfession(three[0]!) &&
      isPersonName(three.join(" "), organisations)
    )
      words = three;
    if (four && !all.some(bad) && !isPlaceOrProfession(all[0]!)) words = all;
    if (words.length < 2 || words.some(bad)) return undefined;
    // "RUSSIA CONSIDERS Israel": a shouted headline run into a name.
    const shouted = words
      .map((w) => w.split(" ").pop()!)
      .filter((w) => w.length > 1)
      .map((w) => w === w.toUpperCase());
    if (new Set(shouted).size > 1) return undefined;
    const name = words.join(" ");
    return isPersonName(name, organisations) ? name : undefined;
  }

  function mostFrequentName(text: string, organisations: Set<string>): SpeakerRef | undefined {
    const seen = new Map<string, number>();
    // The reporter of the byline is not whom the article quotes.
    const reporters = new Set([...text.matchAll(BYLINE)].map((m) => m[1]!));
    for (const m of personRuns(text)) {
      if (reporters.has(m[0])) continue;
      const name = cleanName(m[0], organisations);
      if (name) seen.set(name, (seen.get(name) ?? 0) + 1);
    }
    const best = [...seen].sort((a, b) => b[1] - a[1])[0];
    return best && best[1] >= 2
      ? { name: best[0], aliases: [best[0].split(" ").pop()!] }
      : undefined;
  }

  /** Who "the mayor" is: titles from each person's introduction, when only one person has them. */
  function titleHolders(text: string, fullName: Map<string, string>) {
    const known = new Map<string, string>(); // surname → its full name, as last looked up
    const holder = new Map<string, string | null>(); // role word → surname (null: shared)
    const refresh = () => {
      for (const [surname, name] of fullName) {
        if (known.get(surname) === name) continue;
        known.set(surname, name);
        for (const word of ownRoleWords(text, name))
          holder.set(word, holder.has(word) && holder.get(word) !== surname ? null : surname);
      }
    };
    return {
      holderIn(window: string): string[] {
        refresh();
        const found = [...holder].filter(
          ([word, surname]) =>
            surname && new RegExp(`\\b[Tt]he (?:[a-z]+ ){0,2}${word}\\b`).test(window),
        );
        return [...new Set(found.map(([, surname]) => surname!))];
      },
    };
  }

  /** Turn labels whose turns are mostly questions: the interviewer's. */
  function questionLabels(
    text: string,
    paragraphs: ReturnType<typeof findParagraphs>,
  ): Set<string> {
    // One voice per surname: "KWAME BOATENG:" once, then "BOATENG:".
    const voiceOf = (label: string) =>
      label
        .split(/\s+/)
        .pop()!
        .replace(/^\(|\)$/g, "")
        .toLowerCase();
    const turns = new Map<string, { all: number; questions: number }>();
    const labels = new Set<string>();
    for (const p of paragraphs) {
      const paragraph = text.slice(p.start, p.end);
      const label = readTurn(paragraph).label;
      if (!label || p.furniture) continue;
      labels.add(label);
      const t = turns.get(voiceOf(label)) ?? { all: 0, questions: 0 };
      t.all++;
      if (paragraph.includes("?")) t.questions++;
      turns.set(voiceOf(label), t);
    }
    // The first voice of a broadcast is its host, who also links, reads the time and thanks.
    const first = [...turns.keys()][0];
    const askers = new Set(
      [...turns]
        .filter(
          ([voice, t]) =>
            t.all >= 2 && t.questions / t.all >= (voice === first ? FIRST_ASKER_SHARE : 0.5),
        )
        .map(([voice]) => voice),
    );
    // "KATE MOYNIHAN (HOST):", "Host Kwame Boateng speaks with …", "By Erik Lindqvist": the
    // article says who asks; their turns are questions whatever they end with.
    for (const re of [HOST_INTRO, HOST_BEFORE_NAME, BYLINE])
      for (const m of text.matchAll(re)) askers.add(m[1]!.split(/\s+/).pop()!.toLowerCase());
    for (const p of paragraphs) {
      const paragraph = text.slice(p.start, p.end);
      const self = HOST_SELF.exec(paragraph);
      if (self && HOST_GREETING.test(paragraph))
        askers.add(self[1]!.split(/\s+/).pop()!.toLowerCase());
    }
    return new Set([...labels].filter((l) => askers.has(voiceOf(l))));
  }

  /** "ELENA MARSH" (a transcript label) → "Elena Marsh" as the article spells it elsewhere. */
  function displayName(text: string, name: string): string {
    if (name !== name.toUpperCase()) return name;
    const spelled = new RegExp(`\\b${name.replace(/\s+/g, "\\s+")}\\b`, "gi");
    const mixed = [...text.matchAll(spelled)].map((m) => m[0]).find((m) => m !== m.toUpperCase());
    return mixed ?? name.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  }

  /**
   * "María Inés Ferreira Olivera": given names kept when the article introduces the person with
   * all of them (after a comma, a title or at the start of a line), up to four words in all.
   */
  function withGivenNames(text: string, name: string): string {
    const words = nameWords(name);
    if (words.length >= 4) return name;
    const before = new RegExp(
      String.raw`(?:^|[,:;(]\s*|(\p{L}+)\s+)((?:\p{Lu}[\p{L}’'-]+[ \t]+){1,${4 - words.length}})${name.replace(/\s+/g, "\\s+")}\b`,
      "gmu",
    );
    let longest = name;
    for (const m of text.matchAll(before)) {
      if (m[1] && !TITLE_WORD.test(m[1])) continue; // only after a title: "Secretary María …"
      const given = m[2]!.trim().split(/\s+/);
      if (
        given.some(
          (w) =>
            isCommonCapitalised(w) || isHonorific(w) || isPlaceOrProfession(w) || /[’']s$/.test(w), // "Hanbit's Park Ji-hoon"
        )
      )
        continue;
      const full = `${given.join(" ")} ${name}`;
      if (nameWords(full).length > nameWords(longest).length) longest = full;
    }
    return longest;
  }

  /**
   * A transcript whose answers carry no name ("A:", "Answer:", or dash turns): the person the
   * headline or introduction names.
   */
  function transcriptSubject(
    text: string,
    paragraphs: ReturnType<typeof findParagraphs>,
    organisations: Set<string>,
  ): SpeakerRef | undefined {
    const turns = paragraphs.map((p) => readTurn(text.slice(p.start, p.end)));
    const answers = turns.filter((t) => ANSWER_LABEL.test(t.label ?? "")).length;
    const dashes = turns.filter((t) => t.dash).length;
    // "The Korea Ledger: …?" then the answer as a plain paragraph: only the questions are labelled.
    const askers = questionLabels(text, paragraphs);
    const unlabelledAnswers = turns.filter(
      (t, i) => t.label && askers.has(t.label) && turns[i + 1] && !turns[i + 1]!.label,
    ).length;
    const onlyAsker =
      new Set(turns.filter((_, i) => !paragraphs[i]!.furniture).map((t) => t.label)).size <= 2;
    if (
      answers < 2 &&
      dashes < MIN_TRANSCRIPT_TURNS &&
      !(onlyAsker && unlabelledAnswers >= MIN_TRANSCRIPT_TURNS)
    )
      return undefined;
    return introducedPerson(text, paragraphs, organisations);
  }

  /** The first person the headline or introduction names (not the byline's reporter). */
  function introducedPerson(
    text: string,
    paragraphs: ReturnType<typeof findParagraphs>,
    organisations: Set<string>,
  ): SpeakerRef | undefined {
    // A quoted headline ("“The Middle Corridor is …”") is what they said, not who they are.
    // The introduction runs to the first turn (a masthead may stand before it), at most six.
    const firstTurn = paragraphs.findIndex((p) => {
      const turn = readTurn(text.slice(p.start, p.end));
      return turn.dash || turn.label;
    });
    const intro = maskQuotes(
      paragraphs
        .slice(0, Math.max(3, Math.min(firstTurn, 6)))
        .map((p) => text.slice(p.start, p.end))
        .join("\n"),
    ).replace(/\b[Bb]y\s+[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)+/gu, "");
    for (const m of personRuns(intro)) {
      const name = cleanName(m[0], organisations);
      if (name)
        return {
          name: withGivenNames(text, displayName(text, name)),
          aliases: [surnameOf(name)],
        };
    }
    return undefined;
  }

  /** An op-ed or speech without an author line: the person its headline or introduction names. */
  function introducedAuthor(text: string): SpeakerRef | undefined {
    return introducedPerson(text, findParagraphs(text), organisationNames(text));
  }

  /**
   * The person the article quotes most: full names next to speech verbs ("X said", "said X",
   * "according to X") plus later surname-only tags, and answer labels in transcripts.
   */
  function mostQuotedPerson(text: string): SpeakerRef | undefined {
    const paragraphs = findParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const organisations = organisationNames(text);
    // In a "Q:"/"A:" transcript the answers are the interviewee's, whoever the questions cite.
    const person =
      transcriptSubject(text, paragraphs, organisations) ??
      quotedPerson(text, paragraphs, sentences, organisations) ??
      mostFrequentName(text, organisations);
    // "DR THANDEKA MOKOENA:" names Thandeka Mokoena.
    return person && { ...person, name: stripTitles(person.name) };
  }

  /**
   * Counts speech verbs and answer labels per person. Full names come from the whole text (a
   * headline or standfirst may be the only place that spells them out); evidence only from
   * sentences and turn labels.
   */
  function quotedPerson(
    text: string,
    paragraphs: ReturnType<typeof findParagraphs>,
    sentences: ReturnType<typeof splitSentences>,
    organisations: Set<string>,
  ): SpeakerRef | undefined {
    const counts = new Map<string, number>();
    const fullName = new Map<string, string>();
    // "the governor of Nuevo León", "homes in Nuevo León": a place, wherever else it stands.
    const places = new Set(
      [...text.matchAll(new RegExp(`\\b(?:of|in|at|near)\\s+(${NAME.source})`, "gu"))].map(
        (m) => m[1]!,
      ),
    );
    const isPlace = (name: string) => places.has(name);
    const bump = (surname: string, n = 1) => counts.set(surname, (counts.get(surname) ?? 0) + n);
    for (const m of personRuns(text)) {
      const name = cleanName(m[0], organisations);
      if (name && !isPlace(name)) keepFullest(fullName, name);
    }
    // "Public Works Minister Sutarno said": one name after a title, quoted by it (a mononym).
    for (const m of text.matchAll(MONONYM)) {
      const word = m[1]!;
      const known = [...fullName.values()].some((n) => n.split(/\s+/).includes(word));
      if (!known && !isCommonCapitalised(word) && !isPlace(word) && quotedBy(word, text))
        fullName.set(word, word);
    }
    // "Mr Haris" for Haris Abdul Rahman, "Ms Herrera" for Lucía Herrera Bustamante: the part of
    // one full name the article uses with an honorific stands for that person.
    const partOf = new Map<string, string>();
    // "Ahmad Faizal said" for Ahmad Faizal bin Ismail: a short form the article quotes by.
    for (const [key, name] of [...fullName]) {
      const longer = [...fullName].filter(([, n]) => n.startsWith(`${name} `));
      if (longer.length !== 1) continue;
      fullName.delete(key);
      partOf.set(key, longer[0]![0]);
    }
    const roles = titleHolders(text, fullName);
    let lastQuoted: string | undefined;
    const recent: string[] = []; // surnames, the one named last at the end
    for (const m of text.matchAll(HONORIFIC_SURNAME)) {
      const part = m[1]!;
      if (fullName.has(part)) continue;
      const owners = [...fullName].filter(([, name]) =>
        name.split(/\s+/).slice(0, -1).includes(part),
      );
      if (owners.length === 1) partOf.set(part, owners[0]![0]);
    }
    // "Haris says", "says Haris": a first name the article quotes by.
    for (const [surname, name] of fullName) {
      for (const part of name.split(/\s+/).slice(0, -1)) {
        if (part.length < 3 || fullName.has(part) || partOf.has(part) || isHonorific(part))
          continue;
        const owners = [...fullName.values()].filter((n) => n.split(/\s+/).includes(part));
        if (owners.length === 1 && quotedBy(part, text)) partOf.set(part, surname);
      }
    }
    const keyOf = (word: string) => partOf.get(word) ?? word;
    const surnames = () => [...fullName.keys(), ...partOf.keys()];
    const gender = new Map<string, string>();
    for (const m of text.matchAll(HONORIFIC_SURNAME)) {
      const g = /^Mr\b/.test(m[0]) ? "he" : /^(?:Ms|Mrs|Miss)\b/.test(m[0]) ? "she" : undefined;
      if (g) gender.set(keyOf(m[1]!), g);
    }
    for (const s of sentences) {
      const masked = maskQuotes(text.slice(s.start, s.end));
      for (const m of personRuns(masked)) {
        const name = cleanName(m[0], organisations);
        if (name && !isPlace(name)) keepFullest(fullName, name);
      }
      // "Ms Thornbury, who taught chemistry …": a feature keeps naming its subject with an honorific.
      for (const m of masked.matchAll(HONORIFIC_SURNAME)) {
        if (fullName.has(keyOf(m[1]!))) bump(keyOf(m[1]!), HONORIFIC_WEIGHT);
      }
      const mentioned = surnames()
        .map((word) => ({ surname: keyOf(word), at: masked.search(new RegExp(`\\b${word}\\b`)) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => a.at - b.at);
      for (const v of masked.matchAll(SPEECH_VERB)) {
        const around = masked.slice(Math.max(0, v.index! - 60), v.index! + v[0].length + 40);
        let named = [
          ...new Set(
            surnames()
              .filter((word) => new RegExp(`\\b${word}\\b`).test(around))
              .map(keyOf),
          ),
        ];
        // "The mayor rejected that claim, saying …": a title only one person was introduced with.
        if (!named.length) named = roles.holderIn(around);
        // "The mayor of Riverton, Daniel Okoye, on Tuesday defended the plan, saying …": the subject.
        if (!named.length)
          named = [...fullName.keys()].filter((surname) =>
            new RegExp(`\\b${surname}\\b`).test(masked.slice(0, 80)),
          );
        for (const surname of named) bump(surname);
        if (named.length) lastQuoted = named[named.length - 1];
        else {
          const pronoun = PRONOUN_TAG.exec(masked.slice(0, v.index!))?.[1]?.toLowerCase();
          // "she says": the person named last whose honorific ("Ms", "Mr") does not say otherwise.
          const fits = (surname: string | undefined) =>
            surname && (!gender.has(surname) || gender.get(surname) === pronoun);
          const referent =
            [...recent].reverse().find(fits) ?? (fits(lastQuoted) ? lastQuoted : undefined);
          if (pronoun && referent) {
            bump(referent);
            // "… Dr Nowak …,’ he says": later "she says" is someone else.
            if (!gender.has(referent)) gender.set(referent, pronoun);
          }
        }
      }
      // "The chief executive agrees": a title only one person was introduced with names them.
      for (const surname of roles.holderIn(masked))
        if (!mentioned.some((m) => m.surname === surname))
          mentioned.push({ surname, at: masked.length });
      for (const m of mentioned) {
        const i = recent.indexOf(m.surname);
        if (i >= 0) recent.splice(i, 1);
        recent.push(m.surname);
      }
    }
    const labels = new Map<string, string>();
    const askers = questionLabels(text, paragraphs);
    const known = (surname: string) =>
      fullName.has(surname)
        ? surname
        : [...fullName.keys()].find((k) => k.toLowerCase() === surname.toLowerCase());
    for (const p of paragraphs) {
      const label = readTurn(text.slice(p.start, p.end)).label;
      if (!label || askers.has(label)) continue; // "CAPITAL TRIBUNE:" asks; the other label answers
      let surname = label
        .split(/\s+/)
        .pop()
        ?.replace(/^\(|\)$/g, "");
      // A title label ("Ambassador:") stands for the person introduced with that title.
      // "SECRETARY OF STATE:" too: a label with a title and no one's surname.
      if (
        TITLE_WORD.test(surname!) ||
        (!known(surname!) && label.split(/\s+/).some((w) => TITLE_WORD.test(w)))
      ) {
        // "THE DEPUTY MINISTER:" is whoever the article introduced with that title, if one person.
        const holders = roles.holderIn(`the ${label.toLowerCase().replace(/^the\s+/, "")}`);
        const intro =
          holders.length === 1
            ? ([holders[0], holders[0]] as const)
            : new RegExp(
                `\\b${label}\\b[^.\\n]{0,40}?\\b(${[...fullName.keys()].join("|") || "$^"})\\b`,
                "i",
              ).exec(text);
        surname = intro?.[1];
        if (surname) labels.set(surname, label);
      }
      const key =
        (surname && known(surname)) ||
        byInitials(label, fullName) ||
        (surname && byFamilyName(text, paragraphs, surname, fullName));
      if (key) bump(key, LABEL_WEIGHT);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (!best) return undefined;
    const name = withGivenNames(text, displayName(text, fullName.get(best[0])!));
    const label = labels.get(best[0]);
    const role = label && `the ${label.toLowerCase().replace(/^the\s+/, "")}`;
    return { name, aliases: role ? [best[0], role] : [best[0]] };
  }

  return { introducedAuthor, mostQuotedPerson };
});
