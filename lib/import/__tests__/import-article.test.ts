// importArticle against a real Postgres: one transaction, idempotent by content hash, speaker
// upsert and repeat linking.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { disconnectDb, prisma, sql } from "../../db";
import type { DetectedClaim } from "../detect/detect-claims";
import {
  ArticleAlreadyImportedError,
  importArticle,
  type ImportArticleOptions,
} from "../import-article";
import { prepareArticleFile } from "../import-article-file";
import { loadSeedManifest } from "../seed-manifest";
import { SHORT_TEXT_MAX } from "../claim-text";

after(disconnectDb);

const tag = () => randomBytes(4).toString("hex");

function candidate(text: string, quote: string, extra: Partial<DetectedClaim> = {}): DetectedClaim {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `quote in text: ${quote}`);
  return {
    quote,
    start,
    end: start + quote.length,
    claim: quote,
    kind: "quantity",
    score: 0.8,
    reasons: ["number"],
    attribution: "direct-quote",
    ...extra,
  };
}

function article(id = tag()): ImportArticleOptions {
  const quotes = [
    `Unemployment in region ${id} fell by 3 per cent last year.`,
    `The port of ${id} handled 40 million tonnes of cargo in 2024, more than any other port in the country and more than twice the volume of 2015.`,
    `Crime in ${id} has not risen since 2020.`,
  ];
  const text = `Interview ${id}\n\n${quotes.map((q) => `"${q}" the mayor said.`).join("\n\n")}\n`;
  return {
    text,
    article: {
      outlet: `Outlet ${id}`,
      title: `Interview ${id}`,
      url: `https://news.example.org/${id}`,
      published: "2024-05",
      language: "en",
    },
    speaker: {
      name: `Mayor ${id}`,
      title: "Mayor",
      names: [{ language: "en", name: `Mayor ${id}`, aliases: ["the mayor"] }],
    },
    candidates: [
      candidate(text, quotes[0]!),
      candidate(text, quotes[1]!),
      candidate(text, quotes[2]!, { kind: "denial", score: 0.1 }),
    ],
    importedById: null,
    mode: "queue",
  };
}

test("writes speaker, article, above-threshold claims and one audit row", async () => {
  const input = article();
  const imported = await importArticle(input);
  const stored = await prisma.article.findUniqueOrThrow({
    where: { id: imported.articleId },
    include: { claims: { orderBy: { startOffset: "asc" } }, speaker: true },
  });
  assert.equal(stored.speaker?.name, input.speaker.name);
  assert.equal(stored.publishedAt, null);
  assert.equal(stored.publishedText, "2024-05");
  assert.match(stored.contentHash, /^[0-9a-f]{64}$/);
  assert.equal(stored.claims.length, 2, "the 0.1 candidate is below the threshold");
  for (const c of stored.claims) {
    assert.equal(c.status, "QUEUED");
    assert.equal(stored.text.slice(c.startOffset!, c.endOffset!), c.quote);
    assert.ok(
      c.shortText && c.shortText.length <= SHORT_TEXT_MAX,
      `short text < 75: ${c.shortText}`,
    );
    assert.match(c.slug, /^[a-z0-9-]+-[0-9a-f]{8}$/);
    assert.equal(c.kind, "QUANTITY");
  }
  const audit = await prisma.auditLog.findMany({
    where: { entityType: "article", entityId: imported.articleId },
  });
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.action, "article.import");
});

test("triage mode stores candidates for the triage view", async () => {
  const imported = await importArticle({ ...article(), mode: "triage" });
  const statuses = await prisma.claim.findMany({
    where: { articleId: imported.articleId },
    select: { status: true },
  });
  assert.deepEqual(
    statuses.map((s) => s.status),
    ["CANDIDATE", "CANDIDATE"],
  );
});

test("a second import of the same text (other line ends) is refused with the existing id", async () => {
  const input = article();
  const first = await importArticle(input);
  const before = await prisma.claim.count();
  await assert.rejects(
    importArticle({ ...input, text: `${input.text.replace(/\n/g, "\r\n")}\r\n\r\n\r\n` }),
    (err: unknown) =>
      err instanceof ArticleAlreadyImportedError &&
      err.articleId === first.articleId &&
      /already imported/.test(err.message) &&
      err.code === "CONFLICT",
  );
  assert.equal(await prisma.claim.count(), before);
});

test("a failure half-way (after speaker, article and some claims) leaves nothing behind", async () => {
  const input = article();
  const auditBefore = await prisma.auditLog.count();
  // PostgreSQL refuses NUL in text: the claims insert fails after the speaker and article rows.
  const broken = { ...input.candidates[1]!, claim: "Broken \u0000 claim text" };
  await assert.rejects(importArticle({ ...input, candidates: [input.candidates[0]!, broken] }));
  assert.equal(await prisma.speaker.count({ where: { name: input.speaker.name } }), 0);
  assert.equal(await prisma.article.count({ where: { title: input.article.title } }), 0);
  assert.equal(await prisma.auditLog.count(), auditBefore);
  // …and the same article imports cleanly afterwards.
  const imported = await importArticle(input);
  assert.equal(imported.claimIds.length, 2);
});

test("the speaker is upserted by name: one row, aliases merged, title kept", async () => {
  const first = article();
  const a = await importArticle(first);
  const second = article();
  const b = await importArticle({
    ...second,
    speaker: {
      name: first.speaker.name,
      title: "Former mayor",
      names: [{ language: "en", name: first.speaker.name, aliases: ["the mayor", "Mayor Smith"] }],
    },
  });
  assert.equal(a.speakerId, b.speakerId);
  const speaker = await prisma.speaker.findUniqueOrThrow({
    where: { name: first.speaker.name },
    include: { names: true },
  });
  assert.deepEqual(speaker.names[0]?.aliases, ["the mayor", "Mayor Smith"]);
  assert.equal(speaker.title, "Mayor");
});

test("seeds: the two million Russian speakers (2023 JPost, 2026 Ynet) are linked as a repeat", async () => {
  const seeds = join(process.cwd(), "seeds");
  const manifest = await loadSeedManifest(join(seeds, "manifest.json"));
  // A speaker of its own so claims from other tests (and the seed import) stay out of it.
  const speakerName = `Anatoly Viktorov (test ${tag()})`;
  const ids: Record<string, string[]> = {};
  for (const file of ["001_8bf0102137fb246d.txt", "004_30c81bb1024f36a2.txt"]) {
    const prepared = await prepareArticleFile(join(seeds, file), {}, manifest);
    const imported = await importArticle({
      text: `${prepared.prepared.text}\n\n(test copy ${speakerName})`,
      article: prepared.article,
      // Its names too: the manifest's ("Anatoly Viktorov", "Анатолий Викторов") stay the seeds'.
      speaker: {
        ...prepared.speaker,
        name: speakerName,
        names: [{ language: "en", name: speakerName, aliases: ["Viktorov", "the ambassador"] }],
      },
      candidates: prepared.prepared.candidates,
      importedById: null,
      mode: "queue",
    });
    ids[file] = imported.claimIds;
  }
  const original = await prisma.claim.findFirstOrThrow({
    where: {
      id: { in: ids["001_8bf0102137fb246d.txt"] },
      quote: { contains: "two million citizens of Israel who speak Russian" },
    },
  });
  const repeat = await prisma.claim.findFirstOrThrow({
    where: {
      id: { in: ids["004_30c81bb1024f36a2.txt"] },
      quote: { contains: "two million Israelis speak Russian" },
    },
  });
  assert.equal(repeat.repeatOfId, original.id);
  assert.equal(original.repeatOfId, null);
  // Nothing else in the 2026 interview was said in the 2023 one.
  const linked = await prisma.claim.findMany({
    where: { id: { in: ids["004_30c81bb1024f36a2.txt"] }, repeatOfId: { not: null } },
  });
  assert.deepEqual(
    linked.map((c) => c.id),
    [repeat.id],
  );
});

test("a repeat of a repeat points at the root claim", async () => {
  const id = tag();
  const speaker = { name: `Minister ${id}`, aliases: [] };
  const make = (i: number, quote: string) => {
    const text = `Article ${id}-${i}\n\n"${quote}" the minister said.`;
    return importArticle({
      text,
      article: { outlet: "Wire", title: `Piece ${i}` },
      speaker,
      candidates: [candidate(text, quote)],
      importedById: null,
      mode: "queue",
    });
  };
  const a = await make(1, "Two million Israelis speak Russian at home.");
  const b = await make(2, "About 2 million citizens of Israel speak Russian at home.");
  const c = await make(
    3,
    "Some two million Israelis speak Russian at home, the largest group of its kind.",
  );
  const d = await make(4, "Three million Israelis speak Russian at home.");
  const get = (x: { claimIds: string[] }) =>
    prisma.claim.findUniqueOrThrow({ where: { id: x.claimIds[0]! } });
  assert.equal((await get(b)).repeatOfId, a.claimIds[0]);
  assert.equal((await get(c)).repeatOfId, a.claimIds[0]);
  assert.equal((await get(d)).repeatOfId, null, "another figure is another claim");
});

test("a prolific speaker's repeats are found through the trigram index", async () => {
  const { findRepeatRoots } = await import("../repeats/find-repeats");
  const id = tag();
  const speaker = { name: `Spokesperson ${id}`, aliases: [] };
  const text = `Briefing ${id}\n\n"Two million Israelis speak Russian at home." the spokesperson said.`;
  const quote = "Two million Israelis speak Russian at home.";
  const first = await importArticle({
    text,
    article: { outlet: "Wire", title: "Briefing" },
    speaker,
    candidates: [candidate(text, quote)],
    importedById: null,
    mode: "queue",
  });
  const roots = await sql.begin((tx) =>
    findRepeatRoots(
      tx,
      first.speakerId,
      ["About 2 million citizens of Israel speak Russian at home.", "Exports grew by 4 per cent."],
      0,
    ),
  );
  assert.deepEqual(roots, [first.claimIds[0], null]);
});

test("a claim's history starts with the import of its article, then its own events", async () => {
  const { createTestUser } = await import("../../testing/users");
  const { listClaimHistory } = await import("../../claims/list-claim-history");
  const { takeClaim } = await import("../../claims/take-claim");
  const editor = await createTestUser("EDITOR");
  const input = { ...article(), importedById: editor.id };
  const imported = await importArticle(input);
  const claimId = imported.claimIds[0]!;
  await takeClaim({ user: editor, claimId });
  const history = await listClaimHistory({ user: editor, claimId });
  assert.deepEqual(
    history?.map((h) => h.action),
    ["article.import", "claim.take"],
  );
  assert.equal(history?.[0]?.actorName, editor.name);
  assert.equal(history?.[0]?.after?.title, input.article.title);
});

test("a ~1 MB article with thousands of quotes imports in one transaction (batched inserts)", async () => {
  const id = tag();
  const quotes = Array.from(
    { length: 12000 },
    (_, i) => `Exports of item ${i} from ${id} rose by ${i % 97} per cent in 2024.`,
  );
  const text = `Interview ${id}\n\n${quotes.map((q) => `"${q}" the minister said.`).join("\n")}\n`;
  assert.ok(text.length > 900_000, `article is ${text.length} characters`);
  const candidates: DetectedClaim[] = [];
  let from = 0;
  for (const quote of quotes) {
    const start = text.indexOf(quote, from);
    from = start + quote.length;
    candidates.push({
      quote,
      start,
      end: from,
      claim: quote,
      kind: "quantity",
      score: 0.8,
      reasons: ["number"],
      attribution: "direct-quote",
    });
  }
  const imported = await importArticle({
    text,
    article: { outlet: `Outlet ${id}`, title: `Big interview ${id}`, language: "en" },
    speaker: { name: `Minister ${id}` },
    candidates,
    importedById: null,
    mode: "triage",
  });
  assert.equal(imported.claimIds.length, quotes.length);
  assert.equal(
    await prisma.claim.count({ where: { articleId: imported.articleId } }),
    quotes.length,
  );
});

test("claims imported into the queue raise claim.queued webhook events on the import's transaction", async () => {
  const imported = await importArticle(article());
  const events = await prisma.webhookEvent.findMany({ where: { type: "claim.queued" } });
  const queued = events.filter((e) =>
    imported.claimIds.includes((e.data as { claim: { id: string } }).claim.id),
  );
  assert.equal(queued.length, imported.claimIds.length);
  assert.ok(imported.claimIds.length > 0);
  const triage = await importArticle({ ...article(), mode: "triage" });
  const none = await prisma.webhookEvent.findMany({ where: { type: "claim.queued" } });
  assert.equal(
    none.filter((e) => triage.claimIds.includes((e.data as { claim: { id: string } }).claim.id))
      .length,
    0,
  );
});
