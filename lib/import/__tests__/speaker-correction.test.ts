// Correcting an article's speaker after import, and re-running detection.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { createTestSpeaker } from "../../testing/speakers";
import { detectedCandidate } from "../../testing/detected";
import { importArticle } from "../import-article";
import {
  acceptCandidatesAction,
  correctSpeakerAction,
  rerunDetectionAction,
} from "../import.actions";
import { clipClaimAction } from "../../claims/claims.actions";

after(disconnectDb);

const STORY = readFileSync(
  join(import.meta.dirname, "../detect/__tests__/speaker-guess/reported-two-speakers.txt"),
  "utf8",
);
const MAYOR = "Daniel Okoye";
// The mayor's words, wrongly imported as the opposition leader's.
const HIS = "We have already secured the land for all 5,000 units,";
const HERS = "The city has built fewer than 300 affordable homes in the last five years,";

let editor: CurrentUser;
before(async () => {
  editor = await createTestUser("EDITOR");
});

const candidate = detectedCandidate;

/** The story imported under the wrong speaker, with the mayor's sentence already accepted. */
async function wronglyImported() {
  const text = `${STORY}\n(${randomBytes(4).toString("hex")})\n`;
  const wrong = `Sarah Lindqvist ${randomBytes(3).toString("hex")}`;
  const imported = await importArticle({
    text,
    article: { outlet: "Riverton Gazette", title: "Housing plan" },
    speaker: { name: wrong },
    candidates: [candidate(text, HIS), candidate(text, HERS)],
    importedById: editor.id,
    mode: "triage",
  });
  const [his, hers] = imported.claimIds as [string, string];
  assert.ok(
    (
      await runActionAs(acceptCandidatesAction, editor, {
        articleId: imported.articleId,
        items: [{ claimId: his }],
      })
    ).ok,
  );
  return { text, articleId: imported.articleId, wrongSpeakerId: imported.speakerId, his, hers };
}

const claimsOf = (articleId: string) =>
  prisma.claim.findMany({
    where: { articleId },
    orderBy: { startOffset: "asc" },
    include: { speaker: true },
  });

function assertNoOverlaps(
  claims: { startOffset: number | null; endOffset: number | null; quote: string }[],
) {
  for (const [i, a] of claims.entries()) {
    for (const b of claims.slice(i + 1)) {
      assert.ok(
        a.endOffset! <= b.startOffset! || b.endOffset! <= a.startOffset!,
        `overlap: “${a.quote}” / “${b.quote}”`,
      );
    }
  }
}

test("a new speaker: unaccepted candidates are replaced by new detection; accepted ones keep speaker and history", async () => {
  const a = await wronglyImported();
  const historyBefore = await prisma.auditLog.findMany({
    where: { entityId: a.his },
    orderBy: { id: "asc" },
  });
  const result = await runActionAs(correctSpeakerAction, editor, {
    articleId: a.articleId,
    speakerId: "",
    speakerName: MAYOR,
    speakerTitle: "",
    speakerAliases: "",
  });
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.data.speaker.name, MAYOR);
  assert.equal(result.data.replaced, 1);
  assert.equal(result.data.moved, 0);

  const article = await prisma.article.findUniqueOrThrow({
    where: { id: a.articleId },
    include: { speaker: true },
  });
  assert.equal(article.speaker?.name, MAYOR);
  const claims = await claimsOf(a.articleId);
  assert.equal(
    claims.find((c) => c.id === a.hers),
    undefined,
    "her candidate was replaced",
  );
  const accepted = claims.find((c) => c.id === a.his)!;
  assert.deepEqual(
    [accepted.status, accepted.speakerId, accepted.version],
    ["QUEUED", a.wrongSpeakerId, 2],
  );
  const historyAfter = await prisma.auditLog.findMany({
    where: { entityId: a.his },
    orderBy: { id: "asc" },
  });
  assert.deepEqual(
    historyAfter.map((h) => h.id),
    historyBefore.map((h) => h.id),
    "the accepted claim's history is untouched",
  );

  const fresh = claims.filter((c) => c.status === "CANDIDATE");
  assert.equal(fresh.length, result.data.added);
  assert.ok(
    fresh.some((c) => c.quote.includes("1,200 homes had been completed since 2020")),
    fresh.map((c) => c.quote).join(" | "),
  );
  assert.ok(
    fresh.every(
      (c) => c.speaker.name === MAYOR && a.text.slice(c.startOffset!, c.endOffset!) === c.quote,
    ),
  );
  assert.ok(!fresh.some((c) => c.quote.includes("fewer than 300")), "her words are not his");
  assertNoOverlaps(claims);

  const audit = await prisma.auditLog.findFirstOrThrow({
    where: { entityId: a.articleId, action: "article.changeSpeaker" },
  });
  assert.deepEqual((audit.after as { replacedCandidates: string[] }).replacedCandidates, [a.hers]);
});

test("ticked, accepted claims move to the new speaker too, each move audited", async () => {
  const a = await wronglyImported();
  const mayor = await createTestSpeaker({ name: MAYOR, aliases: ["Okoye", "the mayor"] });
  const result = await runActionAs(correctSpeakerAction, editor, {
    articleId: a.articleId,
    speakerId: mayor.id,
    speakerName: "",
    speakerTitle: "",
    speakerAliases: "",
    moveAccepted: true,
  });
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.data.moved, 1);
  const moved = await prisma.claim.findUniqueOrThrow({ where: { id: a.his } });
  assert.deepEqual([moved.speakerId, moved.status, moved.version], [mayor.id, "QUEUED", 3]);
  const history = await prisma.auditLog.findMany({
    where: { entityId: a.his },
    orderBy: { id: "asc" },
  });
  assert.deepEqual(
    history.map((h) => h.action),
    ["claim.accept", "claim.changeSpeaker"],
  );
  assert.deepEqual(
    [
      (history[1]!.before as { speakerId: string }).speakerId,
      (history[1]!.after as { speakerId: string }).speakerId,
    ],
    [a.wrongSpeakerId, mayor.id],
  );
});

test("re-run detection adds nothing when nothing is new, and only what is new otherwise, never a duplicate", async () => {
  const a = await wronglyImported();
  assert.ok(
    (
      await runActionAs(correctSpeakerAction, editor, {
        articleId: a.articleId,
        speakerId: "",
        speakerName: MAYOR,
        speakerTitle: "",
        speakerAliases: "",
      })
    ).ok,
  );
  const before = await claimsOf(a.articleId);
  const auditBefore = await prisma.auditLog.count({ where: { entityId: a.articleId } });

  const nothing = await runActionAs(rerunDetectionAction, editor, { articleId: a.articleId });
  assert.ok(nothing.ok, JSON.stringify(nothing));
  assert.equal(nothing.data.added, 0);
  assert.deepEqual(
    (await claimsOf(a.articleId)).map((c) => c.id),
    before.map((c) => c.id),
  );
  assert.equal(
    await prisma.auditLog.count({ where: { entityId: a.articleId } }),
    auditBefore,
    "no change, no audit row",
  );

  // One candidate the old model missed (gone), and one passage an editor clipped in the meantime.
  const [missed, covered] = before.filter((c) => c.status === "CANDIDATE");
  assert.ok(missed && covered, "the mayor has at least two candidates");
  await prisma.claim.deleteMany({ where: { id: { in: [missed.id, covered.id] } } });
  const clip = await runActionAs(clipClaimAction, editor, {
    articleId: a.articleId,
    start: covered.startOffset! + 4,
    end: covered.endOffset!,
  });
  assert.ok(clip.ok, JSON.stringify(clip));

  const some = await runActionAs(rerunDetectionAction, editor, { articleId: a.articleId });
  assert.ok(some.ok);
  assert.equal(
    some.data.added,
    1,
    "only the missed candidate; the clipped passage is not detected twice",
  );
  const after = await claimsOf(a.articleId);
  assert.ok(after.some((c) => c.quote === missed.quote && c.status === "CANDIDATE"));
  assertNoOverlaps(after);
  const again = await runActionAs(rerunDetectionAction, editor, { articleId: a.articleId });
  assert.equal(again.ok && again.data.added, 0);
});

test("the same speaker, an unknown one, or a viewer is refused and nothing changes", async () => {
  const a = await wronglyImported();
  const wrong = await prisma.speaker.findUniqueOrThrow({ where: { id: a.wrongSpeakerId } });
  const before = await claimsOf(a.articleId);
  const same = await runActionAs(correctSpeakerAction, editor, {
    articleId: a.articleId,
    speakerId: wrong.id,
    speakerName: "",
    speakerTitle: "",
    speakerAliases: "",
  });
  assert.match(
    !same.ok ? same.error : "",
    /already this article's speaker; use "Re-run detection"/,
  );
  const unknown = await runActionAs(correctSpeakerAction, editor, {
    articleId: a.articleId,
    speakerId: "00000000-0000-4000-8000-000000000000",
    speakerName: "",
    speakerTitle: "",
    speakerAliases: "",
  });
  assert.equal(!unknown.ok && unknown.code, "NOT_FOUND");
  const nobody = await runActionAs(correctSpeakerAction, editor, {
    articleId: a.articleId,
    speakerId: "",
    speakerName: "",
    speakerTitle: "",
    speakerAliases: "",
  });
  assert.match(!nobody.ok ? nobody.error : "", /Pick the speaker or enter their name/);
  const viewer = await createTestUser("VIEWER");
  for (const [action, input] of [
    [
      correctSpeakerAction,
      {
        articleId: a.articleId,
        speakerId: "",
        speakerName: MAYOR,
        speakerTitle: "",
        speakerAliases: "",
      },
    ],
    [rerunDetectionAction, { articleId: a.articleId }],
  ] as const) {
    const result = await runActionAs(action as typeof rerunDetectionAction, viewer, input);
    assert.equal(!result.ok && result.code, "FORBIDDEN");
  }
  assert.deepEqual(await claimsOf(a.articleId), before);
});
