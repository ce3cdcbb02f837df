// Russian detection: the same structure as English (dash turns, labelled Q&A, «…» and „…“
// quotations, reported speech with the verb on either side), the speaker's name in every case,
// pronouns, figures, pleasantries and narration left out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectClaims, detectQueuedClaims } from "../detect-claims";
import { otherScriptLines } from "../../detect-language";
import { hasQuantity, hasTimeAnchor } from "../features";
import { lexiconFor } from "../../lexicon";
import { nestedQuoteView } from "../quote-state";
import { loadRussianCorpus } from "../../eval/annotated-corpus";
import { introducedRoles } from "../ru/speaker-forms";
import { guessSpeaker } from "../guess-speaker";

const speaker = { name: "Анатолий Викторов", aliases: ["Викторов", "посол"] };
const quotes = (text: string, s = speaker) =>
  detectClaims({ text, speaker: s, language: "ru" }).map((c) => c.quote);

test("dash interview: answers are the speaker's, questions and the closing thanks are not", () => {
  const text = [
    "Анатолий Викторов: «Израиль не вводил ограничений»",
    "",
    "— Анатолий Викторович, как идет торговля?",
    "— Товарооборот в 2025 году составил более 2 млрд долларов.",
    "— А что с пшеницей?",
    "— Израиль закупает российскую пшеницу в крупных объемах.",
    "— Спасибо за интервью.",
    "— Спасибо.",
  ].join("\n");
  const found = detectClaims({ text, speaker, language: "ru" });
  const said = found.filter((c) => c.score > 0).map((c) => c.quote);
  assert.deepEqual(said, [
    "Товарооборот в 2025 году составил более 2 млрд долларов.",
    "Израиль закупает российскую пшеницу в крупных объемах.",
  ]);
  assert.ok(found.every((c) => c.attribution === "qa-answer"));
  assert.equal(found[0]!.context, "Анатолий Викторович, как идет торговля?");
});

test("labelled Q&A: «Известия»: / Белова: turns", () => {
  const text = [
    "«Известия»: Сколько студентов вы приняли?",
    "Белова: Мы зачислили 2 350 студентов, это на 15% больше.",
    "«Известия»: А учителей хватает?",
    "Белова: В области не хватает около 2,8 тыс. учителей.",
  ].join("\n");
  assert.deepEqual(quotes(text, { name: "Наталья Белова", aliases: ["Белова"] }), [
    "Мы зачислили 2 350 студентов, это на 15% больше.",
    "В области не хватает около 2,8 тыс. учителей.",
  ]);
});

test("verb before the subject, the name in any case and a title alias", () => {
  const text = [
    "«Мы не поставляем оружие ХАМАС», — заявил Викторов.",
    "По словам Викторова, в Израиле живут около двух миллионов русскоязычных.",
    "«Контакты на высшем уровне не прерываются», — подчеркнул посол.",
    "Как сообщил РИА Новости министр Лавров, переговоры продолжатся.",
    "«Мы будем добиваться возвращения подворья», — сказал министр Сергей Лавров.",
  ].join("\n");
  assert.deepEqual(quotes(text), [
    "«Мы не поставляем оружие ХАМАС», — заявил Викторов.",
    "По словам Викторова, в Израиле живут около двух миллионов русскоязычных.",
    "«Контакты на высшем уровне не прерываются», — подчеркнул посол.",
  ]);
});

test("pronouns: он / по его словам refer to the speaker, она to someone else", () => {
  const text = [
    "Посол России Анатолий Викторов провел пресс-конференцию. По его словам, товарооборот вырос на 15%.",
    "«Россия не вводила ограничений», — отметил он.",
    "Пресс-секретарь Мария Захарова добавила, что визит состоится. «Это решено», — сказала она.",
  ].join("\n");
  assert.deepEqual(quotes(text), [
    "По его словам, товарооборот вырос на 15%.",
    "«Россия не вводила ограничений», — отметил он.",
  ]);
});

test("«…» with „…“ nested: one quotation, offsets unchanged", () => {
  const text =
    "«Мы читали „Известия“ каждый день. Израиль закупил 2 млн тонн зерна», — сказал Викторов.";
  assert.equal(nestedQuoteView(text).length, text.length);
  assert.equal(nestedQuoteView(text).includes("„"), false);
  const found = detectClaims({ text, speaker, language: "ru" });
  assert.deepEqual(
    found.map((c) => text.slice(c.start, c.end)),
    found.map((c) => c.quote),
  );
  assert.equal(found.map((c) => c.quote).join(" "), text);
  assert.match(found.at(-1)!.claim, /^Израиль закупил 2 млн тонн зерна\.$|Мы читали/);
});

test("Russian figures count as numbers: млрд, тыс., два миллиона, на 15%, в 2,5 раза", () => {
  const ru = lexiconFor("ru");
  for (const s of [
    "более 2 млрд долларов",
    "два миллиона человек",
    "выросло на 15%",
    "в 2,5 раза больше",
  ])
    assert.ok(hasQuantity(s, ru), s);
  assert.ok(!hasQuantity("в 2025 году", ru));
});

test("Latin lines in a Russian article are the other-script lines; Cyrillic ones are read", () => {
  const text =
    "Переговоры прошли в Москве.\nAnatoly Viktorov said trade never stopped.\n«Торговля не прекращалась», — сказал Викторов.";
  assert.deepEqual(
    otherScriptLines(text, "ru").map((l) => l.text),
    ["Anatoly Viktorov said trade never stopped."],
  );
  assert.deepEqual(quotes(text), ["«Торговля не прекращалась», — сказал Викторов."]);
});

test("the Latin name with the record's Russian aliases finds the same claims as the Cyrillic name", () => {
  for (const article of loadRussianCorpus(process.cwd())) {
    const text = readFileSync(article.path, "utf8");
    const cyrillic = detectQueuedClaims({ text, speaker: article.speaker, language: "ru" });
    const latin = detectQueuedClaims({
      text,
      speaker: {
        name: (article as { speaker: { latin?: string } }).speaker.latin ?? "Latin Name",
        aliases: [article.speaker.name, ...article.speaker.aliases],
        ...(article.speaker.country ? { country: article.speaker.country } : {}),
      },
      language: "ru",
    });
    assert.deepEqual(
      latin.map((c) => c.quote),
      cyrillic.map((c) => c.quote),
      join(article.name),
    );
  }
});

test("a title with «и» inside it introduces the speaker; «и» before another name does not", () => {
  const ru = lexiconFor("ru");
  const kravtsova = { name: "Елена Кравцова", aliases: ["Кравцова"] };
  const text =
    "Пассажиропоток вырос на 15%, заявила министр транспорта и автомобильных дорог Нижегородской области Елена Кравцова.";
  assert.ok(introducedRoles(text, kravtsova, ru).includes("министр"));
  const other = "На встрече были министр Лавров и Елена Кравцова.";
  assert.deepEqual(introducedRoles(other, kravtsova, ru), []);
});

test("reported speech by the head of the speaker's institution: «глава федерации», «глава Минэнерго»", () => {
  const s = { name: "Гагик Мелконян", aliases: ["Мелконян"] };
  const text = [
    "Стадион будет завершен к 2028 году, заявил президент Федерации футбола Армении Гагик Мелконян.",
    "«В прошлом году инспекторы выдали нам 14 замечаний», — отметил глава федерации.",
    "Говоря о надежности, глава ФФА признал, что поле дважды меняли в 2024 году.",
    "Глава МИД Сирии заявил, что налоги вырастут на 2%.",
  ].join("\n");
  assert.deepEqual(quotes(text, s), [
    "Стадион будет завершен к 2028 году, заявил президент Федерации футбола Армении Гагик Мелконян.",
    "«В прошлом году инспекторы выдали нам 14 замечаний», — отметил глава федерации.",
    "Говоря о надежности, глава ФФА признал, что поле дважды меняли в 2024 году.",
  ]);
});

test("«глава государства» is the president, not a minister who is the speaker", () => {
  const s = { name: "Денис Мороз", aliases: ["Мороз"] };
  const text = [
    "Выработка выросла на 5%, сообщил министр энергетики Денис Мороз.",
    "Глава государства заявил, что тарифы вырастут на 10%.",
    "Глава Минэнерго добавил, что в 2024 году энергоблок дважды отключался от сети.",
  ].join("\n");
  assert.deepEqual(quotes(text, s), [
    "Выработка выросла на 5%, сообщил министр энергетики Денис Мороз.",
    "Глава Минэнерго добавил, что в 2024 году энергоблок дважды отключался от сети.",
  ]);
});

test("titles of heads of hospitals, universities and labs introduce the speaker", () => {
  const ru = lexiconFor("ru");
  const cases: [string, string, string][] = [
    [
      "Карине Аветисян",
      "рассказала главный врач областной больницы Карине Аветисян",
      "главный врач",
    ],
    ["Наталья Белова", "говорит ректор УрГПУ Наталья Белова", "ректор"],
    [
      "Айгерим Сейткали",
      "объясняет заведующая лабораторией гляциологии Айгерим Сейткали",
      "заведующая",
    ],
  ];
  for (const [name, text, title] of cases)
    assert.ok(
      introducedRoles(`${text}.`, { name, aliases: [name.split(" ")[1]!] }, ru).includes(title),
      `${title} in «${text}»`,
    );
});

test("figures with units and number words in other cases; decades are time anchors", () => {
  const ru = lexiconFor("ru");
  for (const s of [
    "отремонтировано 620 км дорог",
    "введено 2,1 млн кв. м жилья",
    "собрано 3,5 тыс. тонн",
    "станции стоят лишь на десятке озер",
    "в пяти регионах",
    "сотни семей остались без света",
    "в полутора километрах",
  ])
    assert.ok(hasQuantity(s, ru), s);
  for (const s of ["пик придется на 2030–2040-е годы", "в 1990-е годы", "к 2030-му году"])
    assert.ok(hasTimeAnchor(s, ru), s);
  assert.ok(!hasQuantity("он сам неоднократно бывал в Москве", ru));
});

test("agency report: follow-on sentences with figures after reported speech by a title are the speaker's", () => {
  const s = { name: "Ирина Соколова", aliases: ["Соколова"] };
  const text = [
    "НОВОСИБИРСК, 21 января. В 2024 году в области введено 2,1 млн кв. м жилья, сообщила министр строительства региона Ирина Соколова.",
    "",
    "Глава ведомства также сообщила, что в 2025 году в регионе построят 14 школ. Стоимость программы составит 38 млрд рублей. Первые шесть школ откроются в сентябре.",
    "",
    "Кроме того, отремонтировано 620 км дорог, отметила она. На ремонт мостов направлено 3,5 тыс. тонн металла.",
    "",
    "Председатель комитета Законодательного собрания Петр Иванов заявил, что план завышен. Рынок упадет на 20%.",
  ].join("\n");
  const queued = detectQueuedClaims({ text, speaker: s, language: "ru" }).map((c) => c.quote);
  assert.deepEqual(queued, [
    "В 2024 году в области введено 2,1 млн кв. м жилья, сообщила министр строительства региона Ирина Соколова.",
    "Глава ведомства также сообщила, что в 2025 году в регионе построят 14 школ.",
    "Стоимость программы составит 38 млрд рублей.",
    "Первые шесть школ откроются в сентябре.",
    "Кроме того, отремонтировано 620 км дорог, отметила она.",
    "На ремонт мостов направлено 3,5 тыс. тонн металла.",
  ]);
});

test("«Об этом заявил X»: the sentences before it are X's; verb-first after an adverbial; more speech verbs", () => {
  const s = { name: "Виталий Хоценко", aliases: ["Хоценко"] };
  const text = [
    "Дороги Омска",
    "",
    "ОМСК, 3 марта. В 2026 году регион получит 5 млрд рублей на дороги. Еще 2 млрд пойдут на мосты. Об этом заявил губернатор Омской области Виталий Хоценко на заседании правительства.",
    "",
    "Губернатор уверен, что к 2027 году доля дорог в нормативе превысит 60%.",
    "",
    "Глава региона также допустил, что тарифы вырастут на 9%.",
    "",
    "По данным Росстата, население области сократилось на 2%. Об этом сообщил министр Петров.",
  ].join("\n");
  assert.deepEqual(quotes(text, s), [
    "ОМСК, 3 марта. В 2026 году регион получит 5 млрд рублей на дороги.",
    "Еще 2 млрд пойдут на мосты.",
    "Губернатор уверен, что к 2027 году доля дорог в нормативе превысит 60%.",
    "Глава региона также допустил, что тарифы вырастут на 9%.",
  ]);
});

test("speaker guessed without --speaker: the person the lead introduces with a title or the headline gives the word", () => {
  const ru = lexiconFor("ru");
  const dash = [
    "«Зерна хватит на всех»",
    "",
    "С министром сельского хозяйства Казахстана Ерланом Байжановым мы поговорили об уборке. Министр экономики Марат Ахметов ранее назвал урожай рекордным.",
    "",
    "— Каким был урожай?",
    "— Собрали 26 млн тонн, — говорит Ерлан Байжанов. Байжанов уверен, что экспорт вырастет.",
  ].join("\n");
  assert.deepEqual(guessSpeaker(dash, ru), { name: "Ерлан Байжанов", aliases: ["Байжанов"] });
  const agency = [
    "Кравцова: пассажиропоток метро вырос на 15%",
    "",
    "НИЖНИЙ НОВГОРОД, 28 января. Пассажиропоток вырос на 15%, заявила министр транспорта и автомобильных дорог области Елена Кравцова. Депутат Законодательного собрания Олег Сидоров раскритиковал повышение тарифов. Сидоров считает его лишним, а Сидорова поддержали коллеги.",
  ].join("\n");
  assert.equal(guessSpeaker(agency, ru)?.name, "Елена Кравцова");
  const ministry = [
    "Минэнерго Белоруссии: АЭС дала 40% электроэнергии",
    "",
    "МИНСК, 14 февраля. АЭС выработала 40% электроэнергии, сообщил министр энергетики Белоруссии Денис Мороз.",
  ].join("\n");
  assert.equal(guessSpeaker(ministry, ru)?.name, "Денис Мороз");
});
