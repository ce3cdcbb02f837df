// Clipping a span of an article as a claim, through the same gate as the server actions.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs, type AnyAction } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestArticleWithClaims } from "../../testing/claims";
import { createTestUser } from "../../testing/users";
import { asOwner } from "../../testing/owner-sql";
import { clipClaimAction, previewClipAction } from "../claims.actions";
import { MAX_QUOTE_CHARS } from "../clip.schema";

after(disconnectDb);

let editor: CurrentUser;
before(async () => {
  editor = await createTestUser("EDITOR");
});

const CLIP =
  "The new bridge across the Narva river cost 48 million euros and opened in March 2023.";

/** An article with one detected claim and, in another answer, a sentence the detector did not take. */
async function article(extra = CLIP) {
  const made = await createTestArticleWithClaims({
    claims: [{ quote: `Exports rose by 7 per cent in 2024 ${Date.now()}.` }, { quote: extra }],
  });
  // Only the first sentence is a claim yet: the second is what the editor clips.
  await prisma.claim.delete({ where: { id: made.claims[1].id } });
  const start = made.article.text.indexOf(extra);
  return { ...made, text: made.article.text, start, end: start + extra.length };
}

const counts = async () => ({
  claims: await prisma.claim.count(),
  audit: await prisma.auditLog.count({ where: { action: "claim.clip" } }),
  decisions: await prisma.claimDecision.count({ where: { action: "clip" } }),
});

test("a clipped span keeps its exact offsets, is queued as the editor's, with kind, score and a decision", async () => {
  const a = await article();
  // A mouse selection often takes the space around the words: it is trimmed, offsets follow.
  const preview = await runActionAs(previewClipAction, editor, {
    articleId: a.article.id,
    start: a.start - 1,
    end: a.end + 1,
  });
  assert.ok(preview.ok, JSON.stringify(preview));
  assert.deepEqual(
    [preview.data.start, preview.data.end, preview.data.quote],
    [a.start, a.end, CLIP],
  );

  const result = await runActionAs(clipClaimAction, editor, {
    articleId: a.article.id,
    start: a.start - 1,
    end: a.end + 1,
  });
  assert.ok(result.ok, JSON.stringify(result));
  const claim = await prisma.claim.findUniqueOrThrow({ where: { id: result.data.id } });
  assert.equal(claim.quote, CLIP);
  assert.equal(a.text.slice(claim.startOffset!, claim.endOffset!), claim.quote);
  assert.deepEqual([claim.startOffset, claim.endOffset], [a.start, a.end]);
  assert.equal(claim.attribution, "editor");
  assert.equal(claim.status, "QUEUED");
  assert.equal(claim.articleId, a.article.id);
  assert.equal(claim.speakerId, a.speaker.id);
  assert.equal(claim.kind, "QUANTITY");
  assert.ok(claim.score > 0 && claim.score <= 1, `score ${claim.score}`);
  assert.ok(claim.reasons.includes("number"), claim.reasons.join(", "));
  assert.equal(
    claim.canonicalText,
    preview.data.canonicalText,
    "the detector's wording when the editor keeps it",
  );
  assert.equal(claim.context, "What about the economy?", "the question of the answer it is in");

  const audit = await prisma.auditLog.findMany({
    where: { entityType: "claim", entityId: claim.id },
  });
  assert.deepEqual(
    audit.map((r) => r.action),
    ["claim.clip"],
  );
  const [decision, ...more] = await prisma.claimDecision.findMany({ where: { claimId: claim.id } });
  assert.equal(more.length, 0);
  assert.equal(decision!.action, "clip");
  assert.equal(decision!.userId, editor.id);
  assert.deepEqual(
    [decision!.articleId, decision!.speakerId, decision!.quote],
    [a.article.id, a.speaker.id, CLIP],
  );
  assert.deepEqual(
    [decision!.startOffset, decision!.endOffset, decision!.score],
    [a.start, a.end, claim.score],
  );
  assert.deepEqual(
    [decision!.canonicalBefore, decision!.canonicalAfter],
    [preview.data.canonicalText, claim.canonicalText],
  );
});

test("the editor's wording is saved; the decision keeps the detector's wording as before", async () => {
  const a = await article();
  const wording = "The Narva bridge cost 48 million euros and opened in March 2023.";
  const result = await runActionAs(clipClaimAction, editor, {
    articleId: a.article.id,
    start: a.start,
    end: a.end,
    canonicalText: wording,
  });
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.data.canonicalText, wording);
  assert.ok(result.data.shortText!.length < 75);
  const decision = await prisma.claimDecision.findFirstOrThrow({
    where: { claimId: result.data.id },
  });
  assert.equal(decision.canonicalAfter, wording);
  assert.notEqual(decision.canonicalBefore, wording);
});

test("spans outside the article, empty, too long or already a claim are refused with a message", async () => {
  const long =
    `${"The tariff on grain imports rose by 12 per cent in 2022 and again in 2023. ".repeat(20)}`.trim();
  assert.ok(long.length > MAX_QUOTE_CHARS);
  const a = await article(long);
  const articleId = a.article.id;
  const existing = a.claims[0];
  const before = await counts();
  const refusals: [unknown, RegExp][] = [
    [{ articleId, start: 0, end: a.text.length + 5 }, /outside the article/],
    [{ articleId, start: a.end, end: a.start }, /outside the article/],
    [{ articleId, start: -1, end: 4 }, /outside the article/],
    [
      { articleId, start: a.text.indexOf("\n\n"), end: a.text.indexOf("\n\n") + 2 },
      /empty \(or only spaces\)/,
    ],
    [{ articleId, start: 3, end: 3 }, /empty/],
    [
      { articleId, start: a.start, end: a.end },
      new RegExp(`has ${long.length} characters; a claim quote may have at most 1,000`),
    ],
    [
      { articleId, start: existing.startOffset, end: existing.endOffset },
      /already a claim of this article \(queued\)/,
    ],
  ];
  for (const [input, message] of refusals) {
    const preview = await runActionAs(previewClipAction, editor, input);
    const clip = await runActionAs(clipClaimAction, editor, input);
    assert.equal(clip.ok, false, JSON.stringify(input));
    assert.match(!clip.ok ? clip.error : "", message);
    assert.match(!preview.ok ? preview.error : "", message);
  }
  const unknown = await runActionAs(clipClaimAction, editor, {
    articleId: "00000000-0000-4000-8000-000000000000",
    start: 0,
    end: 5,
  });
  assert.equal(!unknown.ok && unknown.code, "NOT_FOUND");
  assert.deepEqual(await counts(), before);
});

test("clipping the same passage twice: the second is refused as a duplicate", async () => {
  const a = await article();
  const first = await runActionAs(clipClaimAction, editor, {
    articleId: a.article.id,
    start: a.start,
    end: a.end,
  });
  assert.ok(first.ok);
  // The same words with the space after them: trimmed, it is the same span.
  const second = await runActionAs(clipClaimAction, editor, {
    articleId: a.article.id,
    start: a.start,
    end: a.end + 1,
  });
  assert.equal(!second.ok && second.code, "CONFLICT");
  assert.match(!second.ok ? second.error : "", /already a claim of this article/);
  assert.equal(
    await prisma.claim.count({ where: { articleId: a.article.id, startOffset: a.start } }),
    1,
  );
});

test("a candidate's exact span is refused with a pointer to the list", async () => {
  const a = await createTestArticleWithClaims({ claims: [{ status: "CANDIDATE" }] });
  const c = a.claims[0];
  const result = await runActionAs(clipClaimAction, editor, {
    articleId: a.article.id,
    start: c.startOffset,
    end: c.endOffset,
  });
  assert.match(
    !result.ok ? result.error : "",
    /already a candidate of this article; accept it from the list/,
  );
});

test("viewer and signed-out are refused and nothing is written", async () => {
  const a = await article();
  const before = await counts();
  for (const [actor, code] of [
    [await createTestUser("VIEWER"), "FORBIDDEN"],
    [null, "UNAUTHENTICATED"],
  ] as const) {
    for (const action of [clipClaimAction, previewClipAction] as AnyAction[]) {
      const result = await runActionAs(action, actor, {
        articleId: a.article.id,
        start: a.start,
        end: a.end,
      });
      assert.equal(!result.ok && result.code, code);
    }
  }
  assert.deepEqual(await counts(), before);
});

test("claim, audit row and decision are one transaction: a failing last step leaves none of them", async () => {
  const a = await article();
  // Make the decision insert (the last write) fail for this quote only.
  await asOwner((owner) =>
    owner.unsafe(`
    create or replace function test_fail_decision() returns trigger language plpgsql as $$
    begin raise exception 'decision refused by test'; end $$;
    create trigger test_fail_decision before insert on claim_decisions
      for each row when (new.quote like '%Narva river%') execute function test_fail_decision();`),
  );
  try {
    const before = await counts();
    await assert.rejects(
      runActionAs(clipClaimAction, editor, { articleId: a.article.id, start: a.start, end: a.end }),
      /decision refused by test/,
    );
    assert.deepEqual(await counts(), before);
    assert.equal(
      await prisma.claim.count({ where: { articleId: a.article.id, startOffset: a.start } }),
      0,
    );
  } finally {
    await asOwner((owner) =>
      owner.unsafe(
        `drop trigger test_fail_decision on claim_decisions; drop function test_fail_decision();`,
      ),
    );
  }
  const retry = await runActionAs(clipClaimAction, editor, {
    articleId: a.article.id,
    start: a.start,
    end: a.end,
  });
  assert.ok(retry.ok, "the same clip succeeds once the failure is gone");
});
