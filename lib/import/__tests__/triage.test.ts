// Triage of import candidates through the same gate as the server actions.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { detectedCandidate } from "../../testing/detected";
import type { DetectedClaim } from "../detect/detect-claims";
import { importArticle } from "../import-article";
import { acceptCandidatesAction, dismissCandidatesAction } from "../import.actions";

after(disconnectDb);

let editor: CurrentUser;
let viewer: CurrentUser;
before(async () => {
  editor = await createTestUser("EDITOR");
  viewer = await createTestUser("VIEWER");
});

async function importedCandidates(n = 3) {
  const id = randomBytes(4).toString("hex");
  const quotes = Array.from(
    { length: n },
    (_, i) => `Exports from district ${id} grew by ${i + 11} per cent in 2024.`,
  );
  const text = quotes.map((q) => `"${q}" the governor said.`).join("\n\n");
  const candidates: DetectedClaim[] = quotes.map((quote) => detectedCandidate(text, quote));
  const imported = await importArticle({
    text,
    article: { outlet: "Wire", title: `Governor ${id}` },
    speaker: { name: `Governor ${id}` },
    candidates,
    importedById: editor.id,
    mode: "triage",
  });
  return { articleId: imported.articleId, claimIds: imported.claimIds };
}

const statuses = async (ids: string[]) =>
  (
    await prisma.claim.findMany({ where: { id: { in: ids } }, orderBy: { startOffset: "asc" } })
  ).map((c) => c.status);

test("accept one with edited wording, then the rest in bulk", async () => {
  const { articleId, claimIds } = await importedCandidates(3);
  const wording =
    "Exports from the district grew by 11 per cent in 2024, the governor says, which would be the fastest growth in the region in a decade.";
  const one = await runActionAs(acceptCandidatesAction, editor, {
    articleId,
    items: [{ claimId: claimIds[0], canonicalText: wording }],
  });
  assert.ok(one.ok, JSON.stringify(one));
  const accepted = await prisma.claim.findUniqueOrThrow({ where: { id: claimIds[0] } });
  assert.equal(accepted.status, "QUEUED");
  assert.equal(accepted.canonicalText, wording);
  assert.ok(accepted.shortText!.length < 75);
  const bulk = await runActionAs(acceptCandidatesAction, editor, {
    articleId,
    items: claimIds.slice(1).map((claimId) => ({ claimId })),
  });
  assert.ok(bulk.ok);
  assert.deepEqual(await statuses(claimIds), ["QUEUED", "QUEUED", "QUEUED"]);
  const audit = await prisma.auditLog.count({
    where: { action: "claim.accept", entityId: { in: claimIds } },
  });
  assert.equal(audit, 3);
});

test("dismiss in bulk with a reason; dismissed claims stay on the article", async () => {
  const { articleId, claimIds } = await importedCandidates(3);
  const result = await runActionAs(dismissCandidatesAction, editor, {
    articleId,
    claimIds: claimIds.slice(0, 2),
    reason: "NOT_CHECK_WORTHY",
  });
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(await statuses(claimIds), ["DISMISSED", "DISMISSED", "CANDIDATE"]);
  const dismissed = await prisma.claim.findUniqueOrThrow({ where: { id: claimIds[0] } });
  assert.equal(dismissed.dismissReason, "NOT_CHECK_WORTHY");
});

test("a batch with one claim already triaged changes nothing", async () => {
  const { articleId, claimIds } = await importedCandidates(3);
  assert.ok(
    (
      await runActionAs(acceptCandidatesAction, editor, {
        articleId,
        items: [{ claimId: claimIds[2] }],
      })
    ).ok,
  );
  const result = await runActionAs(dismissCandidatesAction, editor, {
    articleId,
    claimIds,
    reason: "DUPLICATE",
  });
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.code, "CONFLICT");
  assert.deepEqual(await statuses(claimIds), ["CANDIDATE", "CANDIDATE", "QUEUED"]);
});

test("a claim of another article is not found through this article", async () => {
  const a = await importedCandidates(1);
  const b = await importedCandidates(1);
  const result = await runActionAs(acceptCandidatesAction, editor, {
    articleId: a.articleId,
    items: [{ claimId: b.claimIds[0] }],
  });
  assert.equal(!result.ok && result.code, "NOT_FOUND");
  assert.deepEqual(await statuses(b.claimIds), ["CANDIDATE"]);
});

test("viewer and signed-out are refused; bad input names the field", async () => {
  const { articleId, claimIds } = await importedCandidates(1);
  for (const [actor, code] of [
    [viewer, "FORBIDDEN"],
    [null, "UNAUTHENTICATED"],
  ] as const) {
    const accept = await runActionAs(acceptCandidatesAction, actor, {
      articleId,
      items: [{ claimId: claimIds[0] }],
    });
    const dismiss = await runActionAs(dismissCandidatesAction, actor, {
      articleId,
      claimIds,
      reason: "DUPLICATE",
    });
    assert.equal(!accept.ok && accept.code, code);
    assert.equal(!dismiss.ok && dismiss.code, code);
  }
  const empty = await runActionAs(acceptCandidatesAction, editor, { articleId, items: [] });
  assert.equal(!empty.ok && empty.code, "INVALID");
  assert.match(!empty.ok ? empty.error : "", /Select at least one claim/);
  const noReason = await runActionAs(dismissCandidatesAction, editor, { articleId, claimIds });
  assert.match(!noReason.ok ? noReason.error : "", /reason/i);
  assert.deepEqual(await statuses(claimIds), ["CANDIDATE"]);
});
