// The web upload (importUploadAction, as POST /api/import runs it): permissions, bad input
// refused with a message naming the problem, nothing written.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { importUploadAction } from "../import.actions";
import type { ImportProgress } from "../import-upload";
import { importUpload } from "../import-upload";
import type { ImportUploadValues } from "../import.schema";

after(disconnectDb);

let editor: CurrentUser;
before(async () => {
  editor = await createTestUser("EDITOR");
});

const seed = readFileSync(join(process.cwd(), "seeds", "004_30c81bb1024f36a2.txt"), "utf8");
const encode = (s: string) => new TextEncoder().encode(s);
const speakerName = `Upload Test Speaker ${randomBytes(3).toString("hex")}`;

function input(
  overrides: Partial<ImportUploadValues> = {},
  text = `${seed}\n\nUpload test ${randomBytes(4).toString("hex")}`,
) {
  return {
    outlet: "Ynetnews",
    title: "About two million",
    url: "",
    published: "2026-02",
    language: "en",
    note: "",
    // A speaker of this test's own, so the seed import's repeat links are not pointed here.
    speakerId: "",
    speakerName: speakerName,
    speakerTitle: "",
    speakerAliases: "Anatoly Viktorov, Viktorov, the ambassador",
    pastedText: "",
    file: { name: "ynet.txt", bytes: encode(text) },
    ...overrides,
  };
}

test("an editor's upload becomes triage candidates, with progress reported", async () => {
  const events: ImportProgress["stage"][] = [];
  const parsed = importUploadAction.schema.parse(input());
  const imported = await importUpload({
    user: editor,
    input: parsed,
    onProgress: (p) => void events.push(p.stage),
  });
  assert.deepEqual(events, ["decoding", "detecting", "saving", "done"]);
  const claims = await prisma.claim.findMany({ where: { articleId: imported.articleId } });
  assert.ok(claims.length > 5);
  assert.ok(claims.every((c) => c.status === "CANDIDATE"));
  const article = await prisma.article.findUniqueOrThrow({ where: { id: imported.articleId } });
  assert.equal(article.importedById, editor.id);
  assert.equal(article.publishedText, "2026-02");
});

test("pasted text works like a file", async () => {
  const result = await runActionAs(
    importUploadAction,
    editor,
    input({ file: null, pastedText: `${seed}\n\nPasted ${randomBytes(4).toString("hex")}` }),
  );
  assert.ok(result.ok, JSON.stringify(result));
});

test("viewer and signed-out may not import", async () => {
  const viewer = await createTestUser("VIEWER");
  const before = await prisma.article.count();
  const asViewer = await runActionAs(importUploadAction, viewer, input());
  const signedOut = await runActionAs(importUploadAction, null, input());
  assert.equal(!asViewer.ok && asViewer.code, "FORBIDDEN");
  assert.equal(!signedOut.ok && signedOut.code, "UNAUTHENTICATED");
  assert.equal(await prisma.article.count(), before);
});

test("bad input is refused with a message naming what was wrong, nothing written", async () => {
  const cases: [string, ReturnType<typeof input>, RegExp][] = [
    ["nothing", input({ file: null, pastedText: "" }), /Choose a file or paste/],
    [
      "empty",
      input({ file: { name: "empty.txt", bytes: new Uint8Array() } }),
      /empty\.txt: file is empty/,
    ],
    [
      "blank file",
      input({ file: { name: "blank.txt", bytes: encode("  \n\n ") } }),
      /blank\.txt: file is empty/,
    ],
    [
      "binary",
      input({
        file: { name: "photo.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) },
      }),
      /binary/,
    ],
    [
      "invalid UTF-8",
      input({
        file: { name: "latin1.txt", bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61]) },
      }),
      /not valid UTF-8/,
    ],
    [
      "over 10 MB",
      input({ file: { name: "huge.txt", bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61) } }),
      /larger than 10 MB/,
    ],
    [
      "HTML with script",
      input({
        file: {
          name: "page.html",
          bytes: encode(`<html><body><p>${seed}</p><script>alert(1)</script></body></html>`),
        },
      }),
      /<script>/,
    ],
    [
      "no speaker quotes",
      input({ speakerName: "Someone Else", speakerAliases: "" }),
      /No (check-worthy )?quotes by Someone Else/,
    ],
    [
      "nobody quoted, no speaker named",
      input({
        speakerName: "",
        file: {
          name: "notes.txt",
          bytes: encode("The weather was mild. The trains ran on time.\n"),
        },
      }),
      /Nobody is quoted by name/,
    ],
    ["bad date", input({ published: "2026-13" }), /published: Use yyyy, yyyy-mm or yyyy-mm-dd/],
    ["bad url", input({ url: "javascript:alert(1)" }), /url:/],
  ];
  const before = { articles: await prisma.article.count(), speakers: await prisma.speaker.count() };
  for (const [what, body, message] of cases) {
    const result = await runActionAs(importUploadAction, editor, body);
    assert.equal(result.ok, false, what);
    assert.equal(!result.ok && result.code, "INVALID", what);
    assert.match(!result.ok ? result.error : "", message, what);
  }
  assert.deepEqual(
    { articles: await prisma.article.count(), speakers: await prisma.speaker.count() },
    before,
  );
});

test("no speaker given: the person the article quotes most, with the title aliases its introduction gives", async () => {
  // Not a seed: a Viktorov upload here would become the earlier statement the seeds repeat.
  const text = readFileSync(
    join(process.cwd(), "lib/import/detect/__tests__/speaker-guess/reported-two-speakers.txt"),
    "utf8",
  );
  const parsed = importUploadAction.schema.parse(
    input(
      { speakerName: "", speakerAliases: "" },
      `${text}\nUpload ${randomBytes(4).toString("hex")}\n`,
    ),
  );
  const imported = await importUpload({ user: editor, input: parsed });
  const article = await prisma.article.findUniqueOrThrow({
    where: { id: imported.articleId },
    include: { speaker: { include: { names: true } }, claims: true },
  });
  assert.equal(article.speaker?.name, "Daniel Okoye");
  const aliases = article.speaker?.names.flatMap((n) => n.aliases) ?? [];
  assert.ok(aliases.includes("the mayor"), aliases.join(", "));
  assert.ok(
    article.claims.some((c) => c.quote.startsWith("The mayor rejected that claim")),
    "'the mayor rejected …' is his",
  );
});

test("the same article uploaded twice is a conflict pointing at the first import", async () => {
  const body = input();
  const first = await runActionAs(importUploadAction, editor, body);
  assert.ok(first.ok);
  const second = await runActionAs(importUploadAction, editor, body);
  assert.equal(!second.ok && second.code, "CONFLICT");
  assert.match(
    !second.ok ? second.error : "",
    new RegExp(`already imported \\(article ${first.ok ? first.data.articleId : ""}\\)`),
  );
});
