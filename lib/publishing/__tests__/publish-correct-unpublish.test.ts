import { after, before, describe, test } from "node:test";
import { readyToPublish } from "../../testing/publish-checklist";
import assert from "node:assert/strict";
import { prisma, disconnectDb } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { createApprovedClaim } from "../../testing/published";
import {
  correctVerdictAction,
  publishVerdictAction,
  unpublishVerdictAction,
} from "../publishing.actions";
import { getPublishedCheck } from "../get-published-check";

after(disconnectDb);

let reviewer: CurrentUser;
let admin: CurrentUser;
let editor: CurrentUser;
let viewer: CurrentUser;

before(async () => {
  await readyToPublish();
  reviewer = await createTestUser("REVIEWER");
  admin = await createTestUser("ADMIN");
  editor = await createTestUser("EDITOR");
  viewer = await createTestUser("VIEWER");
});

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await prisma.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });
  return rows.map((r) => r.action);
}

describe("publish", () => {
  test("a reviewer publishes an approved verdict: publication LIVE, claim PUBLISHED, audit row", async () => {
    const { claim } = await createApprovedClaim({ author: editor });
    const result = await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.data.slug, claim.slug);
    const publication = await prisma.publication.findUniqueOrThrow({
      where: { claimId: claim.id },
    });
    assert.equal(publication.status, "LIVE");
    assert.equal(publication.slug, claim.slug);
    assert.equal(publication.revision, 1);
    assert.equal(publication.publishedById, reviewer.id);
    assert.equal(
      (await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status,
      "PUBLISHED",
    );
    assert.deepEqual(await auditActions(claim.id), ["claim.publish"]);

    const page = await getPublishedCheck(claim.slug);
    assert.equal(page?.state, "live");
    if (page?.state !== "live") return;
    assert.equal(page.check.rating?.label, "False");
    assert.equal(page.check.sources.length, 2);
    assert.equal(page.check.claimReview.url, `${page.check.pageUrl}`);
  });

  test("an admin may publish too", async () => {
    const { claim } = await createApprovedClaim({ author: editor });
    const result = await runActionAs(publishVerdictAction, admin, { claimId: claim.id });
    assert.ok(result.ok);
  });

  test("refused when the claim is not APPROVED, and nothing is written", async () => {
    for (const status of ["IN_REVIEW", "IN_RESEARCH", "QUEUED", "DISMISSED"] as const) {
      const { claim } = await createApprovedClaim({ author: editor, status });
      const result = await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id });
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.code, "CONFLICT");
      assert.match(!result.ok ? result.error : "", /Cannot publish a claim that is/);
      assert.equal(await prisma.publication.count({ where: { claimId: claim.id } }), 0);
      assert.deepEqual(await auditActions(claim.id), []);
    }
  });

  test("publishing twice is refused (already PUBLISHED)", async () => {
    const { claim } = await createApprovedClaim({ author: editor });
    assert.ok((await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id })).ok);
    const again = await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id });
    assert.equal(!again.ok && again.code, "CONFLICT");
  });

  test("editors and viewers are forbidden, signed-out is unauthenticated", async () => {
    const { claim } = await createApprovedClaim({ author: editor });
    for (const user of [editor, viewer]) {
      const r = await runActionAs(publishVerdictAction, user, { claimId: claim.id });
      assert.equal(!r.ok && r.code, "FORBIDDEN");
    }
    const r = await runActionAs(publishVerdictAction, null, { claimId: claim.id });
    assert.equal(!r.ok && r.code, "UNAUTHENTICATED");
    assert.equal(await prisma.publication.count({ where: { claimId: claim.id } }), 0);
  });

  test("a long claim without a short form is refused with a message naming the field", async () => {
    const long =
      "The government has doubled spending on schools, hospitals and roads in every region since it took office";
    const { claim } = await createApprovedClaim({ author: editor, canonicalText: long });
    const r = await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id });
    assert.equal(!r.ok && r.code, "INVALID");
    assert.ok(!r.ok && r.fieldErrors?.shortText);
    const ok = await runActionAs(publishVerdictAction, reviewer, {
      claimId: claim.id,
      shortText: "Government doubled spending on schools, hospitals, roads",
    });
    assert.ok(ok.ok, JSON.stringify(ok));
    assert.equal(
      (await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).shortText,
      "Government doubled spending on schools, hospitals, roads",
    );
  });

  test("unknown claim id is not found", async () => {
    const r = await runActionAs(publishVerdictAction, reviewer, {
      claimId: "00000000-0000-4000-8000-000000000000",
    });
    assert.equal(!r.ok && r.code, "NOT_FOUND");
  });
});

describe("correct", () => {
  test("a correction makes a new revision, a Correction row and an audit row; the old revision stays readable", async () => {
    const { claim } = await createApprovedClaim({ author: editor });
    assert.ok((await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id })).ok);
    const pub = await prisma.publication.findUniqueOrThrow({ where: { claimId: claim.id } });
    const mostlyFalse = await prisma.rating.findUniqueOrThrow({ where: { label: "Mostly false" } });
    const r = await runActionAs(correctVerdictAction, reviewer, {
      claimId: claim.id,
      expectedVersion: pub.version,
      ratingId: mostlyFalse.id,
      conclusion: "Unemployment fell by 4 percent; the speaker misread the table.",
      analysis: "Corrected analysis.",
      note: "We first gave the wrong survey year.",
    });
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.data.revision, 2);
    const revisions = await prisma.verdictRevision.findMany({
      where: { verdict: { claimId: claim.id } },
      orderBy: { revision: "asc" },
    });
    assert.deepEqual(
      revisions.map((v) => v.revision),
      [1, 2],
    );
    assert.equal(await prisma.correction.count({ where: { publicationId: pub.id } }), 1);
    assert.deepEqual(await auditActions(claim.id), ["claim.publish"]);
    const verdict = await prisma.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
    assert.deepEqual(await auditActions(verdict.id), ["verdict.correct"]);

    const page = await getPublishedCheck(claim.slug);
    assert.ok(page?.state === "live");
    assert.equal(page.check.rating?.label, "Mostly false");
    assert.equal(page.check.corrections.length, 1);
    assert.equal(page.check.corrections[0].note, "We first gave the wrong survey year.");
    assert.equal(page.check.corrections[0].previousRevision, 1);
    const old = await getPublishedCheck(claim.slug, { revision: 1 });
    assert.ok(old?.state === "live");
    assert.equal(old.check.rating?.label, "False");
    assert.equal(old.check.corrections.length, 0);
    assert.equal(await getPublishedCheck(claim.slug, { revision: 7 }), null);

    // Both revisions' pages were stored as they went live: revision 1 as readers saw it then.
    const pages = await prisma.publishedPage.findMany({
      where: { publicationId: pub.id },
      orderBy: { revision: "asc" },
    });
    assert.deepEqual(
      pages.map((p) => p.revision),
      [1, 2],
    );
    assert.match(pages[0]!.html, /<span class="rating-badge rating-1">False<\/span>/);
    assert.doesNotMatch(pages[0]!.html, /Corrected on/);
    assert.match(pages[1]!.html, /rating-badge rating-2">Mostly false</);
    assert.match(pages[1]!.html, /We first gave the wrong survey year\./);
    assert.match(pages[1]!.html, new RegExp(`href="/checks/${claim.slug}/revisions/1"`));
  });

  test("a correction needs a note, and a stale version is a conflict", async () => {
    const { claim } = await createApprovedClaim({ author: editor });
    assert.ok((await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id })).ok);
    const pub = await prisma.publication.findUniqueOrThrow({ where: { claimId: claim.id } });
    const base = {
      claimId: claim.id,
      expectedVersion: pub.version,
      ratingId: null,
      conclusion: "A new conclusion sentence.",
      analysis: "x",
    };
    const noNote = await runActionAs(correctVerdictAction, reviewer, { ...base, note: "" });
    assert.equal(!noNote.ok && noNote.code, "INVALID");
    assert.ok(!noNote.ok && noNote.fieldErrors?.note);
    const stale = await runActionAs(correctVerdictAction, reviewer, {
      ...base,
      expectedVersion: pub.version + 5,
      note: "A proper correction note.",
    });
    assert.equal(!stale.ok && stale.code, "CONFLICT");
    assert.equal(
      await prisma.correction.count(),
      await prisma.correction.count({ where: { NOT: { publicationId: pub.id } } }),
    );
    const byEditor = await runActionAs(correctVerdictAction, editor, {
      ...base,
      note: "A proper correction note.",
    });
    assert.equal(!byEditor.ok && byEditor.code, "FORBIDDEN");
  });

  test("an unpublished verdict cannot be corrected", async () => {
    const { claim } = await createApprovedClaim({ author: editor });
    const r = await runActionAs(correctVerdictAction, reviewer, {
      claimId: claim.id,
      expectedVersion: 1,
      ratingId: null,
      conclusion: "A new conclusion sentence.",
      analysis: "x",
      note: "A proper correction note.",
    });
    assert.equal(!r.ok && r.code, "CONFLICT");
  });
});

describe("unpublish", () => {
  test("needs a reason; the page turns gone with it; republishing brings it back", async () => {
    const { claim } = await createApprovedClaim({ author: editor });
    assert.ok((await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id })).ok);
    const noReason = await runActionAs(unpublishVerdictAction, reviewer, {
      claimId: claim.id,
      reason: " ",
    });
    assert.equal(!noReason.ok && noReason.code, "INVALID");
    const r = await runActionAs(unpublishVerdictAction, reviewer, {
      claimId: claim.id,
      reason: "The quote was misattributed.",
    });
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(
      (await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status,
      "APPROVED",
    );
    const page = await getPublishedCheck(claim.slug);
    assert.equal(page?.state, "gone");
    assert.equal(page?.state === "gone" && page.reason, "The quote was misattributed.");
    assert.deepEqual(await auditActions(claim.id), ["claim.publish", "claim.unpublish"]);

    const again = await runActionAs(unpublishVerdictAction, reviewer, {
      claimId: claim.id,
      reason: "The quote was misattributed.",
    });
    assert.equal(!again.ok && again.code, "CONFLICT");
    assert.ok((await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id })).ok);
    assert.equal((await getPublishedCheck(claim.slug))?.state, "live");
    assert.equal(await prisma.publication.count({ where: { claimId: claim.id } }), 1);
  });

  test("editors may not unpublish; unknown slugs are null", async () => {
    const { claim } = await createApprovedClaim({ author: editor });
    assert.ok((await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id })).ok);
    const r = await runActionAs(unpublishVerdictAction, editor, {
      claimId: claim.id,
      reason: "Some good reason here.",
    });
    assert.equal(!r.ok && r.code, "FORBIDDEN");
    assert.equal(await getPublishedCheck("no-such-slug"), null);
  });
});
