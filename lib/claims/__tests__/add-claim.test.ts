// A claim said on TV (no article): queued, listed, exported and published with its URL.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { readyToPublish } from "../../testing/publish-checklist";
import { createClaimIn } from "../../testing/workflow";
import { addClaimAction } from "../claims.actions";
import { queueFilterSchema } from "../claim.schema";
import { listQueue } from "../list-queue";
import { countQueue } from "../count-queue";
import { listClaimHistory } from "../list-claim-history";
import { exportWhere, streamCsvRecords, streamExportRecords } from "../../export/export-records";
import { claimReviewsOf } from "../../export/claim-review-records";
import { getSettings } from "../../settings/get-settings";
import { getRatingScale } from "../../publishing/rating-scale";
import { publishVerdict } from "../../publishing/publish-verdict";
import { getPublishedCheck } from "../../publishing/get-published-check";

after(disconnectDb);

let editor: CurrentUser;
before(async () => {
  await readyToPublish();
  editor = await createTestUser("EDITOR");
});

function tvClaim(overrides: Record<string, unknown> = {}) {
  const tag = randomBytes(4).toString("hex");
  return {
    speakerId: "",
    speakerName: `Minister ${tag}`,
    quote: `We have built 12,000 new homes in the capital since January 2024 (${tag}).`,
    medium: "TV",
    outlet: `Channel ${tag}`,
    url: `https://tv.example.org/evening-news/${tag}`,
    saidOn: "2026-03-02",
    mediaTimestamp: "00:12:31",
    canonicalText: "",
    ...overrides,
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

test("a claim said on TV is queued with its appearance, kind, score, audit row and decision", async () => {
  const input = tvClaim();
  const result = await runActionAs(addClaimAction, editor, input);
  assert.ok(result.ok, JSON.stringify(result));
  const claim = await prisma.claim.findUniqueOrThrow({
    where: { id: result.data.id },
    include: { speaker: true },
  });
  assert.equal(claim.status, "QUEUED");
  assert.equal(claim.articleId, null);
  assert.deepEqual([claim.startOffset, claim.endOffset], [null, null]);
  assert.equal(claim.speaker.name, input.speakerName, "a new speaker, created by name");
  assert.deepEqual(
    [claim.medium, claim.outlet, claim.url, claim.mediaTimestamp],
    ["TV", input.outlet, input.url, "00:12:31"],
  );
  assert.equal(claim.saidOn?.toISOString().slice(0, 10), "2026-03-02");
  assert.equal(claim.attribution, "editor");
  assert.equal(claim.kind, "QUANTITY");
  assert.ok(claim.score > 0);
  assert.match(claim.canonicalText, /12,000 new homes/, "derived from the quote when left empty");

  const history = await listClaimHistory({ user: editor, claimId: claim.id });
  assert.deepEqual(
    history?.map((h) => h.action),
    ["claim.add"],
  );
  const decision = await prisma.claimDecision.findFirstOrThrow({ where: { claimId: claim.id } });
  assert.deepEqual(
    [decision.action, decision.articleId, decision.quote, decision.startOffset],
    ["add", null, input.quote, null],
  );

  // The same speaker, picked from the list this time.
  const again = await runActionAs(
    addClaimAction,
    editor,
    tvClaim({ speakerId: claim.speakerId, speakerName: "" }),
  );
  assert.ok(again.ok);
  assert.equal(again.ok && again.data.speakerId, claim.speakerId);
});

test("it is in the queue (outlet and date filters too) and in the CSV and JSON exports", async () => {
  const input = tvClaim();
  const result = await runActionAs(addClaimAction, editor, input);
  assert.ok(result.ok);
  const id = result.data.id;
  const filter = queueFilterSchema.parse({
    speaker: result.data.speakerId,
    outlet: input.outlet,
    from: "2026-03-01",
    to: "2026-03-03",
  });
  const page = await listQueue({ user: editor, filter });
  assert.deepEqual(
    page.rows.map((r) => r.id),
    [id],
  );
  assert.equal(page.rows[0]!.outlet, input.outlet);
  assert.equal(page.rows[0]!.publishedAt?.toISOString().slice(0, 10), "2026-03-02");
  assert.equal((await countQueue({ user: editor, filter })).byStatus.QUEUED, 1);

  const where = await exportWhere({
    speaker: input.speakerName,
    from: "2026-03-02",
    to: "2026-03-02",
  });
  const settings = await getSettings();
  const [csv] = await collect(streamCsvRecords(where, settings));
  assert.deepEqual(
    [csv?.quote, csv?.appearance.outlet, csv?.claimDate, csv?.status],
    [input.quote, input.outlet, "2026-03-02", "QUEUED"],
  );
  const [json] = await collect(streamExportRecords(where, settings));
  assert.equal(json?.article, null);
  assert.deepEqual(
    [
      json?.appearance.medium,
      json?.appearance.url,
      json?.appearance.mediaTimestamp,
      json?.claimDate,
    ],
    ["TV", input.url, "00:12:31", "2026-03-02"],
  );
});

test("published, its ClaimReview names the recording's URL as appearance and first appearance", async () => {
  const input = tvClaim({ medium: "RADIO", mediaTimestamp: "" });
  const result = await runActionAs(addClaimAction, editor, input);
  assert.ok(result.ok);
  const { reviewer } = await createClaimIn("APPROVED", { editor, claimId: result.data.id });
  await publishVerdict({ user: reviewer!, claimId: result.data.id });

  const page = await getPublishedCheck(result.data.slug);
  assert.equal(page?.state, "live");
  if (page?.state !== "live") return;
  const item = page.check.claimReview.itemReviewed as {
    appearance: { url: string; publisher: { name: string }; headline?: string };
    firstAppearance: { url: string };
    datePublished: string;
  };
  assert.equal(item.appearance.url, input.url);
  assert.equal(item.firstAppearance.url, input.url);
  assert.equal(item.appearance.publisher.name, input.outlet);
  assert.equal(item.appearance.headline, undefined);
  assert.equal(item.datePublished, "2026-03-02");

  const settings = await getSettings();
  const where = await exportWhere({ speaker: input.speakerName });
  const [feedItem] = await collect(
    claimReviewsOf(streamExportRecords(where, settings), settings, await getRatingScale()),
  );
  assert.deepEqual(
    feedItem,
    page.check.claimReview,
    "the export carries the same ClaimReview as the page",
  );
});

test("a bad URL, timestamp, medium or missing speaker is refused with the field named; nothing is written", async () => {
  const before = await prisma.claim.count();
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ url: "javascript:alert(1)" }, "url", /https:\/\//],
    [{ url: "ftp://files.example.org/a" }, "url", /https:\/\//],
    [{ url: "not a url" }, "url", /https:\/\//],
    [{ mediaTimestamp: "12:61" }, "mediaTimestamp", /HH:MM:SS or MM:SS/],
    [{ mediaTimestamp: "1:2:3" }, "mediaTimestamp", /HH:MM:SS or MM:SS/],
    [{ medium: "PODCAST" }, "medium", /where it was said/],
    [{ saidOn: "2 March" }, "saidOn", /yyyy-mm-dd/],
    [{ speakerName: "" }, "speakerName", /Pick the speaker or enter their name/],
    [{ quote: "   " }, "quote", /exact words/],
  ];
  for (const [overrides, field, message] of cases) {
    const result = await runActionAs(addClaimAction, editor, tvClaim(overrides));
    assert.equal(!result.ok && result.code, "INVALID", JSON.stringify(overrides));
    assert.match(
      (!result.ok && result.fieldErrors?.[field]?.[0]) || "",
      message,
      JSON.stringify(overrides),
    );
  }
  for (const ok of ["12:31", "00:12:31", "1:02:03"]) {
    assert.ok((await runActionAs(addClaimAction, editor, tvClaim({ mediaTimestamp: ok }))).ok, ok);
  }
  assert.equal(await prisma.claim.count(), before + 3);
});

test("the same quote from the same recording is refused; viewer and signed-out are refused", async () => {
  const input = tvClaim();
  assert.ok((await runActionAs(addClaimAction, editor, input)).ok);
  const twice = await runActionAs(addClaimAction, editor, input);
  assert.equal(!twice.ok && twice.code, "CONFLICT");
  assert.match(!twice.ok ? twice.error : "", /already a claim/);
  const viewer = await runActionAs(addClaimAction, await createTestUser("VIEWER"), tvClaim());
  assert.equal(!viewer.ok && viewer.code, "FORBIDDEN");
  const signedOut = await runActionAs(addClaimAction, null, tvClaim());
  assert.equal(!signedOut.ok && signedOut.code, "UNAUTHENTICATED");
});
