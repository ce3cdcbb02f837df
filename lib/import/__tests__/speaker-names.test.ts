// Speakers have a name per language (and script) with that language's aliases: any of the names,
// in any case and with ё or е, finds the same person on every path (web form, CLI, manifest,
// added claims), and detection gets the name and aliases in the article's language.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { createTestSpeaker } from "../../testing/speakers";
import { addClaimAction } from "../../claims/claims.actions";
import { importUploadAction } from "../import.actions";
import { importPreparedFile, prepareArticleFile } from "../import-article-file";
import { resolveSpeaker } from "../resolve-speaker";
import { storedSpeakers } from "../stored-speakers";
import { speakerRefOf } from "../speaker-ref";
import { normalizeSpeakerName } from "../speaker-name";
import { loadSeedManifest } from "../seed-manifest";
import { seedManifestSchema } from "../seed-manifest.schema";

after(disconnectDb);

let editor: CurrentUser;
before(async () => {
  editor = await createTestUser("EDITOR");
});

const seedsDir = join(process.cwd(), "seeds");

/** A minister with an English and a Russian name, each with its own aliases. */
async function storedMinister() {
  const tag = randomBytes(3).toString("hex");
  const latin = `Pyotr Semyonov ${tag}`;
  const cyrillic = `Пётр Семёнов ${tag}`;
  const speaker = await createTestSpeaker({
    name: latin,
    aliases: ["Semyonov", "the minister"],
    country: "Russia",
    names: [{ language: "ru", name: cyrillic, aliases: ["Семёнов", "министр"] }],
  });
  return { id: speaker.id, latin, cyrillic, tag };
}

test("names compare case-insensitively and with ё and е alike", () => {
  assert.equal(normalizeSpeakerName("  Пётр   СЕМЁНОВ "), normalizeSpeakerName("петр семенов"));
  assert.equal(normalizeSpeakerName("Anatoly VIKTOROV"), "anatoly viktorov");
  assert.notEqual(normalizeSpeakerName("Семенов"), normalizeSpeakerName("Семенова"));
});

test("any name, in either script, any case, ё or е, resolves to the one stored speaker", async () => {
  const m = await storedMinister();
  const typed = [
    m.latin,
    m.cyrillic,
    m.cyrillic.toUpperCase(),
    m.cyrillic.replaceAll("ё", "е"),
    m.latin.toLowerCase(),
  ];
  for (const name of typed) {
    const resolved = await resolveSpeaker("", { name, language: "ru" }, storedSpeakers);
    assert.equal(resolved.id, m.id, name);
    assert.equal(resolved.fields.name, m.latin, "stored under its display name");
    // Detection reads a Russian article with the Russian name and aliases, whichever was typed.
    assert.equal(resolved.ref.name, m.cyrillic, name);
    assert.ok(resolved.ref.aliases.includes("министр"), resolved.ref.aliases.join(", "));
    assert.equal(resolved.ref.country, "Russia");
  }
  const english = await resolveSpeaker("", { name: m.cyrillic, language: "en" }, storedSpeakers);
  assert.equal(english.id, m.id);
  assert.equal(english.ref.name, m.latin);
  assert.ok(english.ref.aliases.includes("the minister"));
  assert.ok(!english.ref.aliases.includes("министр"));
});

test("speakerRefOf: the article's language, else the display name's name and aliases", () => {
  const both = {
    name: "Anatoly Viktorov",
    country: "Russia",
    names: [
      { language: "en", name: "Anatoly Viktorov", aliases: ["Viktorov", "the ambassador"] },
      { language: "ru", name: "Анатолий Викторов", aliases: ["Викторов", "посол"] },
    ],
  };
  assert.deepEqual(speakerRefOf(both, "ru"), {
    name: "Анатолий Викторов",
    aliases: ["Викторов", "посол"],
    country: "Russia",
  });
  assert.deepEqual(speakerRefOf(both, "en").aliases, ["Viktorov", "the ambassador"]);
  // No French name: the display name's.
  assert.equal(speakerRefOf(both, "fr").name, "Anatoly Viktorov");
  // A Russian name without Russian aliases keeps the name and borrows the other's aliases.
  const nameOnly = {
    ...both,
    names: [both.names[0]!, { language: "ru", name: "Анатолий Викторов", aliases: [] }],
  };
  assert.deepEqual(speakerRefOf(nameOnly, "ru"), {
    name: "Анатолий Викторов",
    aliases: ["Viktorov", "the ambassador"],
    country: "Russia",
  });
  // Only a Russian name: an English article still gets it.
  const russianOnly = { name: "Анатолий Викторов", country: null, names: [both.names[1]!] };
  assert.equal(speakerRefOf(russianOnly, "en").name, "Анатолий Викторов");
  assert.equal(speakerRefOf(russianOnly, "en").country, undefined);
});

test("the manifest gives Anatoly Viktorov his Russian name and aliases, and is validated", async () => {
  const manifest = await loadSeedManifest(join(seedsDir, "manifest.json"));
  const viktorov = manifest.speakers.find((s) => s.name === "Anatoly Viktorov")!;
  assert.equal(viktorov.language, "en");
  assert.deepEqual(viktorov.names, [
    {
      language: "ru",
      name: "Анатолий Викторов",
      aliases: ["Викторов", "посол", "российский посол", "дипломат"],
    },
  ]);
  const raw = JSON.parse(readFileSync(join(seedsDir, "manifest.json"), "utf8"));
  const twice = structuredClone(raw);
  twice.speakers.push({
    ...twice.speakers[0],
    name: "Someone Else",
    names: [{ language: "ru", name: "анатолий викторов" }],
  });
  assert.match(
    seedManifestSchema.safeParse(twice).error?.issues[0]?.message ?? "",
    /"анатолий викторов" is also a name of Anatoly Viktorov/,
  );
  const badLanguage = structuredClone(raw);
  badLanguage.articles[0].language = "xx";
  assert.match(
    seedManifestSchema.safeParse(badLanguage).error?.issues[0]?.message ?? "",
    /"xx" is not a language code/,
  );
  badLanguage.articles[0].language = "de";
  assert.match(
    seedManifestSchema.safeParse(badLanguage).error?.issues[0]?.message ?? "",
    /German \(de\) is not supported: claim detection reads English \(en\)/,
  );
});

test("--speaker in Cyrillic: the CLI import stores the manifest's names, the web form and an added claim then find the same person", async () => {
  // The seeds' manifest with the speaker's names made this test's own (so the seed import's
  // repeat links are not pointed at this test's claims), aliases as they are.
  const tag = randomBytes(4).toString("hex");
  const LATIN = `Anatoly Viktorov ${tag}`;
  const CYRILLIC = `Анатолий Викторов ${tag}`;
  const seeds = await loadSeedManifest(join(seedsDir, "manifest.json"));
  const manifest = {
    ...seeds,
    speakers: seeds.speakers.map((s) => ({
      ...s,
      name: LATIN,
      names: s.names.map((n) => ({ ...n, name: CYRILLIC })),
    })),
  };
  // A seed's text under a new file name (outside the manifest), so only --speaker names him.
  const text = `${readFileSync(join(seedsDir, "004_30c81bb1024f36a2.txt"), "utf8")}\n\nCyrillic speaker test ${tag}\n`;
  const path = join(mkdtempSync(join(tmpdir(), "names-")), `interview-${tag}.txt`);
  writeFileSync(path, text);
  const prepared = await prepareArticleFile(
    path,
    { speaker: CYRILLIC, outlet: "Izvestia", title: `Interview ${tag}` },
    manifest,
    storedSpeakers,
  );
  // An English article: detection reads the Latin name and the English aliases.
  assert.equal(prepared.prepared.metadata.speaker.name, LATIN);
  assert.ok(prepared.prepared.metadata.speaker.aliases.includes("the ambassador"));
  assert.ok(prepared.prepared.candidates.length > 5);
  const imported = await importPreparedFile(prepared, null);
  const names = await prisma.speakerName.findMany({
    where: { speakerId: imported.speakerId },
    orderBy: { language: "asc" },
  });
  assert.deepEqual(
    names.map((n) => [n.language, n.name]),
    [
      ["en", LATIN],
      ["ru", CYRILLIC],
    ],
  );
  assert.deepEqual(names[1]!.aliases, ["Викторов", "посол", "российский посол", "дипломат"]);

  // The web form, typed in lower case Cyrillic: the same speaker, no second row.
  const upload = await runActionAs(importUploadAction, editor, {
    outlet: "Ynetnews",
    title: "Web import",
    url: "",
    published: "2026-02",
    language: "",
    note: "",
    speakerId: "",
    speakerName: CYRILLIC.toLowerCase(),
    speakerTitle: "",
    speakerAliases: "",
    pastedText: `${text}\n\nWeb ${tag}`,
    file: null,
  });
  assert.ok(upload.ok, JSON.stringify(upload));
  const webArticle = await prisma.article.findFirstOrThrow({
    where: { text: `${text}\n\nWeb ${tag}` },
  });
  assert.equal(webArticle.speakerId, imported.speakerId);

  // A claim added by hand, said in Russian.
  const added = await runActionAs(addClaimAction, editor, {
    speakerId: "",
    speakerName: CYRILLIC,
    quote: `Около двух миллионов человек в Израиле говорят по-русски ${tag}.`,
    medium: "TV",
    outlet: "Первый канал",
    url: `https://www.1tv.ru/news/${tag}`,
    saidOn: "2026-02-01",
    mediaTimestamp: "",
    canonicalText: "",
  });
  assert.ok(added.ok, JSON.stringify(added));
  const claim = await prisma.claim.findFirstOrThrow({
    where: { url: `https://www.1tv.ru/news/${tag}` },
  });
  assert.equal(claim.speakerId, imported.speakerId);
});

test("a new speaker typed in Cyrillic is stored with a Russian name row", async () => {
  const name = "Мария Захарова";
  const resolved = await resolveSpeaker("", { name, language: "en" }, storedSpeakers);
  assert.equal(resolved.id, null);
  assert.deepEqual(resolved.fields.names, [{ language: "ru", name, aliases: ["Захарова"] }]);
});
