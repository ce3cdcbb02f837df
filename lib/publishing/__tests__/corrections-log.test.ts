import { after, before, test } from "node:test";
import { readyToPublish } from "../../testing/publish-checklist";
import assert from "node:assert/strict";
import { prisma, disconnectDb } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { createApprovedClaim } from "../../testing/published";
import {
  correctVerdictAction,
  publishVerdictAction,
  unpublishVerdictAction,
} from "../publishing.actions";
import { listCorrectionsLog } from "../list-corrections-log";

after(disconnectDb);
before(() => readyToPublish());

test("the corrections log lists corrections and withdrawals newest first, and keeps a withdrawal after republishing", async () => {
  const reviewer = await createTestUser("REVIEWER");
  const editor = await createTestUser("EDITOR");
  const { claim } = await createApprovedClaim({ author: editor });
  const ok = (r: { ok: boolean }) => assert.ok(r.ok, JSON.stringify(r));
  ok(await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id }));
  const pub = await prisma.publication.findUniqueOrThrow({ where: { claimId: claim.id } });
  ok(
    await runActionAs(correctVerdictAction, reviewer, {
      claimId: claim.id,
      expectedVersion: pub.version,
      ratingId: null,
      conclusion: "The figure was for a different year entirely.",
      analysis: "Corrected.",
      note: "We first gave the wrong survey year.",
    }),
  );
  ok(
    await runActionAs(unpublishVerdictAction, reviewer, {
      claimId: claim.id,
      reason: "The source document was withdrawn by its publisher.",
    }),
  );

  const mine = async () =>
    (await listCorrectionsLog({ pageSize: 500 })).entries.filter((e) => e.slug === claim.slug);
  let entries = await mine();
  assert.deepEqual(
    entries.map((e) => [e.kind, e.note, e.live]),
    [
      ["withdrawal", "The source document was withdrawn by its publisher.", false],
      ["correction", "We first gave the wrong survey year.", false],
    ],
  );
  assert.equal(entries[1].revision, 2);
  assert.equal(entries[0].claimText, claim.canonicalText);
  assert.ok(entries[0].at >= entries[1].at);

  // Published again: the check is live, and the withdrawal is still on record.
  ok(await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id }));
  entries = await mine();
  assert.deepEqual(
    entries.map((e) => [e.kind, e.live]),
    [
      ["withdrawal", true],
      ["correction", true],
    ],
  );
});

test("the log pages: page size, page count, and an out-of-range page gives the last one", async () => {
  const all = await listCorrectionsLog({ pageSize: 1 });
  assert.ok(all.total >= 2);
  assert.equal(all.entries.length, 1);
  assert.equal(all.pageCount, all.total);
  const last = await listCorrectionsLog({ pageSize: 1, page: 10_000 });
  assert.equal(last.page, all.pageCount);
});
