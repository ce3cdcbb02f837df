// Desk decisions recorded as labelled examples, in the transaction of the decision itself.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestArticleWithClaims } from "../../testing/claims";
import { createTestUser } from "../../testing/users";
import { acceptCandidatesAction, dismissCandidatesAction } from "../../import/import.actions";
import { acceptClaimAction, dismissClaimAction, editCanonicalTextAction } from "../claims.actions";
import { countDecisionsSince } from "../count-decisions-since";
import { listDecisions } from "../list-decisions";

after(disconnectDb);

let editor: CurrentUser;
before(async () => {
  editor = await createTestUser("EDITOR");
});

const decisionsOf = (claimIds: string[]) =>
  prisma.claimDecision.findMany({
    where: { claimId: { in: claimIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

test("accepting (single and bulk, with edited wording) records one accept each, as the claim was", async () => {
  const { article, speaker, claims } = await createTestArticleWithClaims({
    claims: [
      { status: "CANDIDATE", score: 0.61 },
      { status: "CANDIDATE" },
      { status: "CANDIDATE" },
    ],
  });
  const [one, two, three] = claims as [
    (typeof claims)[number],
    (typeof claims)[number],
    (typeof claims)[number],
  ];
  assert.ok((await runActionAs(acceptClaimAction, editor, { claimId: one.id })).ok);
  const wording = "Unemployment in the region fell by four per cent last year.";
  const bulk = await runActionAs(acceptCandidatesAction, editor, {
    articleId: article.id,
    items: [{ claimId: two.id, canonicalText: wording }, { claimId: three.id }],
  });
  assert.ok(bulk.ok, JSON.stringify(bulk));

  const rows = await decisionsOf([one.id, two.id, three.id]);
  assert.deepEqual(
    rows.map((d) => d.action),
    ["accept", "accept", "accept"],
  );
  const first = rows.find((d) => d.claimId === one.id)!;
  assert.deepEqual(
    [
      first.userId,
      first.articleId,
      first.speakerId,
      first.quote,
      first.startOffset,
      first.endOffset,
      first.context,
      first.score,
      first.dismissReason,
    ],
    [
      editor.id,
      article.id,
      speaker.id,
      one.quote,
      one.startOffset,
      one.endOffset,
      one.context,
      0.61,
      null,
    ],
  );
  const edited = rows.find((d) => d.claimId === two.id)!;
  assert.deepEqual([edited.canonicalBefore, edited.canonicalAfter], [two.canonicalText, wording]);
});

test("dismissing (triage bulk and from the workspace) records the reason; a refused batch records nothing", async () => {
  const { article, claims } = await createTestArticleWithClaims({
    claims: [{ status: "CANDIDATE" }, { status: "CANDIDATE" }, { status: "QUEUED" }],
  });
  const ids = claims.map((c) => c.id);
  const refused = await runActionAs(dismissCandidatesAction, editor, {
    articleId: article.id,
    claimIds: ids,
    reason: "DUPLICATE",
  });
  assert.equal(
    !refused.ok && refused.code,
    "CONFLICT",
    "the queued claim is no candidate: the batch is refused",
  );
  assert.deepEqual(await decisionsOf(ids), []);

  assert.ok(
    (
      await runActionAs(dismissCandidatesAction, editor, {
        articleId: article.id,
        claimIds: ids.slice(0, 2),
        reason: "DUPLICATE",
      })
    ).ok,
  );
  assert.ok(
    (
      await runActionAs(dismissClaimAction, editor, {
        claimId: ids[2],
        reason: "OUT_OF_SCOPE",
        note: "Local politics",
      })
    ).ok,
  );
  const rows = await decisionsOf(ids);
  assert.deepEqual(rows.map((d) => [d.action, d.dismissReason, d.canonicalAfter]).sort(), [
    ["dismiss", "DUPLICATE", null],
    ["dismiss", "DUPLICATE", null],
    ["dismiss", "OUT_OF_SCOPE", null],
  ]);
});

test("a canonical-text edit records before and after; saving the same text records nothing", async () => {
  const { claims } = await createTestArticleWithClaims({ claims: 1 });
  const claim = claims[0]!;
  const wording = "Unemployment fell by three per cent in the region last year.";
  const saved = await runActionAs(editCanonicalTextAction, editor, {
    claimId: claim.id,
    version: 1,
    canonicalText: wording,
  });
  assert.ok(saved.ok);
  const same = await runActionAs(editCanonicalTextAction, editor, {
    claimId: claim.id,
    version: 2,
    canonicalText: wording,
    shortText: "Unemployment fell 3%",
  });
  assert.ok(same.ok);
  const rows = await decisionsOf([claim.id]);
  assert.deepEqual(
    rows.map((d) => [d.action, d.canonicalBefore, d.canonicalAfter]),
    [["edit", claim.canonicalText, wording]],
  );
});

test("countDecisionsSince counts the newer ones; listDecisions gives each its article text and speaker", async () => {
  const { article, speaker, claims } = await createTestArticleWithClaims({
    claims: [{ status: "CANDIDATE" }, { status: "CANDIDATE" }],
  });
  const since = new Date();
  assert.equal(await countDecisionsSince({ since }), 0);
  assert.ok(
    (
      await runActionAs(acceptCandidatesAction, editor, {
        articleId: article.id,
        items: claims.map((c) => ({ claimId: c.id })),
      })
    ).ok,
  );
  assert.equal(await countDecisionsSince({ since }), 2);
  assert.equal(await countDecisionsSince({ since: new Date(Date.now() + 60_000) }), 0);

  const listed = (await listDecisions()).filter((d) => d.articleId === article.id);
  assert.equal(listed.length, 2);
  for (const d of listed) {
    assert.equal(d.article?.text, article.text);
    assert.equal(d.article?.text.slice(d.startOffset!, d.endOffset!), d.quote);
    assert.deepEqual([d.speaker.id, d.speaker.name], [speaker.id, speaker.name]);
  }
  assert.equal(listed[0]!.article, listed[1]!.article, "one copy of the article text per article");
});

test("a deleted claim keeps its decisions (claimId set to null)", async () => {
  const { claims } = await createTestArticleWithClaims({ claims: [{ status: "CANDIDATE" }] });
  assert.ok((await runActionAs(acceptClaimAction, editor, { claimId: claims[0]!.id })).ok);
  const decision = await prisma.claimDecision.findFirstOrThrow({
    where: { claimId: claims[0]!.id },
  });
  await prisma.claim.delete({ where: { id: claims[0]!.id } });
  const kept = await prisma.claimDecision.findUniqueOrThrow({ where: { id: decision.id } });
  assert.equal(kept.claimId, null);
  assert.equal(kept.quote, claims[0]!.quote);
});
