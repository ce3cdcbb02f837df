// Structure rules that hold across genres: dash interviews whose questions lost their "?",
// briefings where a second official answers once, features that quote other people with an age
// in apposition, op-ed and speech notes, follow-up sentences that complete a figure.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findCandidates } from "../candidates";
import { findParagraphs } from "../clean";
import { guessSpeaker } from "../guess-speaker";
import { personNames } from "../person-names";
import { EN } from "../../lexicon";

const { stripTitles } = personNames(EN);

const speaker = (name: string) => ({ name, aliases: [name.split(" ").at(-1)!] });
const quotes = (text: string, name: string) =>
  findCandidates(text, speaker(name), EN).map((c) => c.quote);

test("a dash interview without question marks alternates question and answer from the first turn", () => {
  const text = [
    "Ines Varga: the port has never been busier",
    "Interview by Tomas Lind. Translated from the Hungarian.",
    "— Mrs Varga, ten years ago the river port handled almost nothing",
    "— That is right. In 2015 we moved 40,000 tonnes, last year 610,000 tonnes.",
    "— Your critics say the dredging was paid for by the county",
    "— The county paid 12 percent of it, and the rest came from our own revenue.",
    "— The audit office found that two cranes were never used",
    "— Both cranes have worked every day since March 2024.",
    "— And the next step",
    "— A rail spur of 3 kilometres, which we will open in 2027.",
  ].join("\n\n");
  const q = quotes(text, "Ines Varga");
  assert.ok(q.some((s) => s.includes("610,000 tonnes")));
  assert.ok(q.some((s) => s.includes("12 percent")));
  assert.ok(
    !q.some((s) => /critics say|audit office found|ten years ago the river/.test(s)),
    q.join("\n"),
  );
});

test("a second official who answers once under a capital-letter label is not the speaker", () => {
  const text = [
    "CHIEF OKAFOR: Good morning. Burglaries fell by 14 percent in the first quarter.",
    "QUESTION: Where do the stolen goods end up?",
    "CHIEF OKAFOR: I'll let the inspector take that.",
    "INSPECTOR BRANDT: Most of it was sold through three online marketplaces in the region.",
    "QUESTION: How many officers do you have?",
    "CHIEF OKAFOR: We have 412 sworn officers against an authorized strength of 440.",
  ].join("\n\n");
  const q = quotes(text, "Grace Okafor");
  assert.ok(q.some((s) => s.includes("14 percent")));
  assert.ok(q.some((s) => s.includes("412 sworn officers")));
  assert.ok(!q.some((s) => s.includes("online marketplaces")), q.join("\n"));
});

test("'she says' after another woman named with her age is that woman, not the speaker", () => {
  const text = [
    "Ms Okonedo says the pantry fed 1,200 families last winter.",
    "Marjorie Leng, 74, has volunteered at the pantry every Thursday since 2016. ‘I drove a bus for 30 years,’ she says.",
  ].join("\n\n");
  const q = quotes(text, "Adaeze Okonedo");
  assert.ok(q.some((s) => s.includes("1,200 families")));
  assert.ok(!q.some((s) => s.includes("drove a bus")), q.join("\n"));
});

test("a quotation continued after its tag is the speaker's to the closing mark", () => {
  const text = [
    "Hamid Rahimi bought the club in 2022.",
    "‘The wage bill was 96 per cent of turnover,’ he says. ‘Ninety-six. The club lost £2.8 million that season. There were months when wages were paid from next season's ticket money.’",
    "‘We were one payment away from a winding-up order,’ Rahimi says.",
    "‘The previous owners took £1 million out,’ Rahimi says.",
  ].join("\n\n");
  const q = quotes(text, "Hamid Rahimi");
  // One short quotation, one candidate: its sentences are one statement as the reporter gave it.
  assert.ok(
    q.some((s) => /^‘Ninety-six\. The club lost .* There were months when wages/.test(s)),
    q.join("\n"),
  );
});

test("a sentence that only completes a figure joins the claim before it", () => {
  const text = [
    'Mayor Lena Koss said: "Break-ins fell to 31 in March. In the same period last year we recorded 40. That is a fall of 22 percent."',
  ].join("\n\n");
  const q = quotes(text, "Lena Koss");
  assert.equal(q.length, 1, q.join("\n"));
  assert.match(q[0]!, /31 in March\. In the same period last year we recorded 40\. That is a fall/);
});

test("a Q&A narration paragraph about the interviewee is not an answer", () => {
  const text = [
    "Q: How many nets did the state buy?",
    "A: The state released 2.3 billion naira in December, and that bought 1.1 million nets.",
    "Outside her window, a queue of women stretches to the car park. Several told this newspaper they had waited since 7am.",
    "Q: And the vaccine?",
    "A: We received 400,000 doses in January.",
  ].join("\n\n");
  const q = quotes(text, "Folake Adeyemi");
  assert.ok(q.some((s) => s.includes("1.1 million nets")));
  assert.ok(q.some((s) => s.includes("400,000 doses")));
  assert.ok(!q.some((s) => s.includes("Several told")), q.join("\n"));
});

test("op-ed author notes and speech delivery notes are page furniture", () => {
  const text = [
    "Prepared text as delivered at the Convention Centre, Nairobi, on 23 April 2025.",
    "We connected 4,000 schools to fibre last year.",
    "The author is chief nursing officer at a university hospital and has worked in intensive care for 24 years.",
  ].join("\n\n");
  const flags = findParagraphs(text).map((p) => p.furniture);
  assert.deepEqual(flags, [true, false, true]);
});

test("a speech's author: 'remarks by' and 'Full text:' headlines, titles before the name dropped", () => {
  const body = [
    "Thank you. Good morning, everyone.",
    "When I took office we had 9,000 kilometres of fibre. Today we have 14,000 kilometres, and I am proud of it.",
    "We will connect every county headquarters by 2027. I thank you all.",
  ].join("\n\n");
  const remarks = `"Connectivity is not a luxury": full remarks by ICT Cabinet Secretary Wanjiru Kamau at the summit\n\n${body}`;
  assert.equal(guessSpeaker(remarks, EN)?.name, "Wanjiru Kamau");
  const fullText = [
    "Full text: Housing Minister Tama Rangihuna at the opening of Stage Two",
    "Photo: Families move into the first homes.",
    "The minister was introduced by Hemi Walker, regional manager for the housing agency.",
    "HEMI WALKER: Please welcome the Minister of Housing.",
    `THE MINISTER: ${body}`,
  ].join("\n\n");
  assert.equal(guessSpeaker(fullText, EN)?.name, "Tama Rangihuna");
  assert.equal(stripTitles("Chief Executive Officer Daniel Mwangi"), "Daniel Mwangi");
  assert.equal(stripTitles("Carole King"), "Carole King");
});

test("a broadcast host introduced as (HOST) asks; the guest is the speaker", () => {
  const text = [
    "TRANSCRIPT: Drive with Kate Moynihan",
    "KATE MOYNIHAN (HOST): Good afternoon. With me is the Energy Minister, Dimitri Kouvelis.",
    "DIMITRI KOUVELIS (ENERGY MINISTER): Thanks, Kate. Good to be back.",
    "MOYNIHAN: Minister, bills went up again. What do you say to listeners?",
    "KOUVELIS: The default offer fell by 9 percent on the first of July.",
    "MOYNIHAN: That's not what people feel. Bills are still higher than in 2021.",
    "KOUVELIS: For a typical household that is about 180 dollars a year.",
    "MOYNIHAN: We'll take a break there. Back in a moment.",
    "KOUVELIS: We closed two coal units and built 2 gigawatts of batteries.",
  ].join("\n\n");
  assert.equal(guessSpeaker(text, EN)?.name, "Dimitri Kouvelis");
});

test("names with particles, honorifics in labels, and a speech named only in its headline", () => {
  const reported = [
    "Farm leader warns on nitrates",
    "Addressing farmers, Padraig O Suilleabhain said that 6,500 farms relied on the derogation.",
    '"It will hurt," he said.',
    "Mr O Suilleabhain said the cost would run to hundreds of millions.",
    "The ICMSA president, Denis Drennan, said the threat was real.",
  ].join("\n\n");
  assert.equal(guessSpeaker(reported, EN)?.name, "Padraig O Suilleabhain");
  const broadcast = [
    "HOST: Welcome back. With me is the provincial health MEC.",
    "DR THANDEKA MOKOENA: Thank you. We diagnosed 41,000 cases last year.",
    "HOST: Is that up?",
    "DR THANDEKA MOKOENA: It is down by 8 percent on 2022.",
    "HOST: And funding?",
    "DR THANDEKA MOKOENA: We added 300 million rand to the budget.",
  ].join("\n\n");
  assert.equal(guessSpeaker(broadcast, EN)?.name, "Thandeka Mokoena");
  const speech = [
    "Free SHS is working: Education Minister Kwabena Asante-Mensah addresses teachers' conference",
    "Full text of the keynote address delivered at the national conference, 12 August 2024.",
    "Thank you, Madam President. I am glad to be here.",
    "When we started, 360,000 students entered senior high school. This year we enrolled 620,000.",
    "We have hired 24,000 teachers since 2021, and I promise you we will hire more.",
  ].join("\n\n");
  assert.equal(guessSpeaker(speech, EN)?.name, "Kwabena Asante-Mensah");
});

test("initials label the interviewee's turns; 'continued to', 'agreed to' and 'posted this year' report no speech", () => {
  const qa = [
    "HW: Homeowners think they must replace their boilers tomorrow. Is that so?",
    "YD: Nobody has to rip out a working gas boiler. The law applies when a heating system is replaced.",
    "HW: How far is the heat network from its target?",
    "YD: We connected 21,000 flats last year, against 14,000 the year before.",
  ].join("\n\n");
  const turns = findCandidates(qa, speaker("Yasemin Demir"), EN);
  assert.ok(turns.some((c) => c.quote.includes("21,000 flats") && c.attribution === "qa-answer"));
  assert.ok(!turns.some((c) => c.quote.includes("Homeowners think")));
  const oped = [
    "By Ana Lucia Ferreira",
    "I have read the list of police killings every Monday for three years.",
    "In 2020 officers killed 659 people; by 2022 the number had fallen to 256.",
    "Robberies in the capital continued to fall in the years when the cameras were expanded.",
    "The supplier has agreed to replace faulty units, and more than 9,000 have already been replaced.",
    "New teachers posted this year will receive their first salary within three months.",
    "Translated from Portuguese. The views expressed are those of the author.",
  ].join("\n\n");
  const q = quotes(oped, "Ana Lucia Ferreira");
  for (const needle of ["Robberies in the capital", "more than 9,000", "New teachers posted"])
    assert.ok(
      q.some((s) => s.includes(needle)),
      `${needle}\n${q.join("\n")}`,
    );
  assert.ok(!q.some((s) => s.includes("views expressed")));
});

test("speaker guess: initials labels, diacritics, the fullest spelling, never an outlet named with an article", () => {
  const qa = [
    "'We are losing a third of our water'",
    "The head of the National Water Authority, Rosa Quispe Mamani, on glaciers and leaks",
    "By Martín Salazar | El Observador Andino | 14 March 2025",
    "EOA: How much water does Lima lose?",
    "RQ: About 30 percent of what we treat never reaches a tap.",
    "EOA: El Observador Andino has seen the ministry's plan. Will you ration?",
    "RQ: We have no plan to ration this year. We replaced 140 kilometres of mains.",
    "EOA: And the glaciers?",
    "RQ: The Cordillera Blanca has lost 40 percent of its ice since 1970.",
  ].join("\n\n");
  assert.equal(guessSpeaker(qa, EN)?.name, "Rosa Quispe Mamani");
  const dash = [
    "Hanoi's metro director: 'We will open line 3 next year'",
    "Trần Minh Đức, director of the metro board, spoke to Mekong Weekly.",
    "— Mr Đức, when will line 3 open?",
    "— In August next year, Đức said. We have tested 10 trains.",
    "— And the cost?",
    "— Trần Minh Đức said the line cost 1.2 billion dollars.",
    "— Is it late?",
    "— Two years late, Đức said, because of land clearance.",
  ].join("\n\n");
  assert.equal(guessSpeaker(dash, EN)?.name, "Trần Minh Đức");
  const radio = [
    "SIRI HAUGEN (HOST): With me in the studio is Eirik Lunde Brekke, chief executive of Vestnett.",
    "EIRIK BREKKE: Thank you, Siri.",
    "HAUGEN: Prices doubled in December. Why?",
    "BREKKE: Prices in the south rose because reservoirs were at 60 percent.",
    "HAUGEN: The cables to Germany are to blame, people say. Are they?",
    "BREKKE: The cables carried 12 percent of our exports last winter.",
  ].join("\n\n");
  assert.equal(guessSpeaker(radio, EN)?.name, "Eirik Lunde Brekke");
});

test("a two-letter label stands for a name with a second surname; narration between turns is not an answer", () => {
  const qa = [
    "EOA: How much water does Lima lose?",
    "RQ: About 30 percent of what we treat never reaches a tap.",
    "Behind her desk hangs a photograph of the Pastoruri glacier, taken by her father in 1987.",
    "EOA: Will you ration?",
    "RQ: We replaced 140 kilometres of mains last year.",
  ].join("\n\n");
  const c = findCandidates(qa, speaker("Rosa Quispe Mamani"), EN);
  assert.ok(c.some((x) => x.quote.includes("140 kilometres") && x.attribution === "qa-answer"));
  assert.ok(!c.some((x) => x.quote.includes("Pastoruri")), c.map((x) => x.quote).join("\n"));
});
