// The article's language selects the lexicon: English is read, a language without a lexicon is
// refused with its name, and lines in another script are reported, not silently dropped.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { detectLanguage } from "../detect-language";
import { importUploadAction } from "../import.actions";
import { importFormSchema } from "../import.schema";
import { prepareArticleImport } from "../prepare-article-import";
import { ArticleInputError } from "../read-article-file";

after(disconnectDb);

const seedPath = join(process.cwd(), "seeds", "004_30c81bb1024f36a2.txt");
const RUSSIAN = [
  "Посол России в Израиле Анатолий Викторов дал интервью газете «Известия».",
  "",
  "— Каков сейчас товарооборот между нашими странами?",
  "",
  "— По итогам прошлого года товарооборот составил около двух миллиардов долларов. Это больше, чем годом ранее, и мы рассчитываем на дальнейший рост, несмотря на все трудности.",
  "",
  "— Сколько граждан Израиля говорят по-русски?",
  "",
  "— Около двух миллионов человек в Израиле говорят на русском языке, и это уникальный мост между нашими народами.",
].join("\n");

/** The import form's fields, as the browser sends them (file and language per test). */
const webForm = {
  outlet: "Izvestia",
  title: "Интервью",
  url: "",
  published: "2026-02",
  note: "",
  speakerId: "",
  speakerName: "Анатолий Викторов",
  speakerTitle: "",
  speakerAliases: "",
  pastedText: "",
};

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "claimdesk-lang-")), name);
  writeFileSync(path, text);
  return path;
}

test("detected languages: the seeds are English, an Izvestia interview Russian, a French report French", () => {
  assert.equal(detectLanguage(readFileSync(seedPath, "utf8")).code, "en");
  assert.deepEqual(detectLanguage(RUSSIAN), { code: "ru", name: "Russian" });
  const french =
    "Le ministre de l'Économie a déclaré mardi que les exportations du pays avaient augmenté de 30 pour cent l'année dernière, " +
    "malgré la hausse des prix de l'énergie et la baisse de la demande en Europe. Selon lui, le déficit commercial a été réduit de moitié depuis 2022.";
  assert.equal(detectLanguage(french).code, "fr");
});

test("a Russian article is read with the Russian lexicon; a language without one is refused by name", async () => {
  const path = tempFile("izvestia.txt", RUSSIAN);
  const prepared = await prepareArticleImport({ path, speakerName: "Анатолий Викторов" });
  assert.equal(prepared.metadata.language, "ru");
  assert.ok(prepared.candidates.some((c) => c.quote.includes("двух миллиардов долларов")));
  await assert.rejects(
    prepareArticleImport({ path, speakerName: "Анатолий Викторов", language: "uk" }),
    (err: unknown) => {
      assert.ok(err instanceof ArticleInputError);
      assert.match(
        err.message,
        /izvestia\.txt: Ukrainian \(uk\) is not supported: claim detection reads English \(en\), Russian \(ru\) only/,
      );
      return true;
    },
  );
  // Saying the language explicitly does not make it readable either.
  await assert.rejects(
    prepareArticleImport({
      path: tempFile("a.txt", readFileSync(seedPath, "utf8")),
      language: "de",
    }),
    /German \(de\)/,
  );
});

test("a Cyrillic line inside an English article is skipped with a notice naming its offset", async () => {
  const seed = readFileSync(seedPath, "utf8");
  const line = "Посол заявил, что товарооборот вырос на двадцать процентов.";
  const text = `${seed}\n\n${line}\n`;
  const prepared = await prepareArticleImport({ path: tempFile("mixed.txt", text) });
  assert.equal(prepared.metadata.language, "en");
  assert.ok(prepared.candidates.length > 5);
  assert.equal(prepared.notices.length, 1);
  assert.match(
    prepared.notices[0]!,
    new RegExp(`mixed\\.txt: skipped a line in another script at offset ${text.indexOf(line)}`),
  );
  assert.ok(!prepared.candidates.some((c) => c.quote.includes("Посол")));
});

test("the web import detects the language when the field is empty, and refuses a language without a lexicon on the language field", async () => {
  const editor = await createTestUser("EDITOR");
  const base = webForm;
  const before = await prisma.article.count();
  const refused = await runActionAs(importUploadAction, editor, {
    ...base,
    language: "uk",
    file: { name: "ru.txt", bytes: new TextEncoder().encode(RUSSIAN) },
  });
  assert.equal(refused.ok, false);
  assert.ok(
    !refused.ok && refused.fieldErrors?.language?.[0]?.includes("Ukrainian (uk)"),
    JSON.stringify(refused),
  );
  assert.equal(await prisma.article.count(), before);

  const english = `${readFileSync(seedPath, "utf8")}\n\nLanguage test ${Date.now()}`;
  const ok = await runActionAs(importUploadAction, editor, {
    ...base,
    speakerName: "Language Test Speaker",
    speakerAliases: "Anatoly Viktorov, Viktorov",
    language: "",
    file: { name: "en.txt", bytes: new TextEncoder().encode(english) },
  });
  assert.ok(ok.ok, JSON.stringify(ok));
  const article = await prisma.article.findFirstOrThrow({ where: { text: english } });
  assert.equal(article.language, "en");
});

test("the form's language field: a code that names no language, or one detection cannot read, is refused naming it", async () => {
  const editor = await createTestUser("EDITOR");
  const form = { ...webForm, pastedText: readFileSync(seedPath, "utf8"), file: null };
  for (const [language, message] of [
    ["xx", /"xx" is not a language code; use a two-letter one such as en or ru/],
    ["deu", /Use a two-letter language code such as en or ru/],
    [
      "de",
      /German \(de\) is not supported: claim detection reads English \(en\), Russian \(ru\) only/,
    ],
  ] as const) {
    const refused = await runActionAs(importUploadAction, editor, { ...form, language });
    assert.equal(refused.ok, false);
    assert.match((!refused.ok && refused.fieldErrors?.language?.[0]) || "", message);
  }
  // The browser checks the same schema before sending.
  const browser = importFormSchema.safeParse({ ...form, language: "xx" });
  assert.match(browser.error?.issues[0]?.message ?? "", /"xx" is not a language code/);
  assert.equal(importFormSchema.parse({ ...form, language: " EN " }).language, "en");
});
