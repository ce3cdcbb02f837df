import { test, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { createClaimIn } from "../../testing/workflow";
import { createTestArticleWithClaims, testSourceFields } from "../../testing/claims";
import { addSourceAction } from "../../sources/sources.actions";
import { approveVerdictAction } from "../../verdicts/verdicts.actions";
import { editCanonicalTextAction, takeClaimAction, dismissClaimAction } from "../claims.actions";
import { getClaimWorkspace } from "../get-claim-workspace";
import { listClaimHistory } from "../list-claim-history";
import { listQueue } from "../list-queue";
import { queueFilterSchema } from "../claim.schema";

after(disconnectDb);

const code = (r: { ok: boolean; code?: string }) => (r.ok ? "ok" : r.code);

test("unknown and malformed claim ids: not found / invalid, nothing changes", async () => {
  const editor = await createTestUser("EDITOR");
  const reviewer = await createTestUser("REVIEWER");
  const ghost = randomUUID();
  assert.equal(code(await runActionAs(takeClaimAction, editor, { claimId: ghost })), "NOT_FOUND");
  assert.equal(
    code(
      await runActionAs(editCanonicalTextAction, editor, {
        claimId: ghost,
        version: 1,
        canonicalText: "Hello there",
      }),
    ),
    "NOT_FOUND",
  );
  assert.equal(
    code(await runActionAs(addSourceAction, editor, { claimId: ghost, ...testSourceFields() })),
    "NOT_FOUND",
  );
  assert.equal(
    code(await runActionAs(approveVerdictAction, reviewer, { claimId: ghost, revision: 1 })),
    "NOT_FOUND",
  );
  assert.equal(
    code(await runActionAs(takeClaimAction, editor, { claimId: "1 or 1=1" })),
    "INVALID",
  );
  assert.equal(await getClaimWorkspace({ user: editor, claimId: ghost }), null);
  assert.equal(await listClaimHistory({ user: editor, claimId: ghost }), null);
});

test("VIEWER cannot see untriaged CANDIDATE claims (a guessed id is 'not found'); editors can", async () => {
  const viewer = await createTestUser("VIEWER");
  const editor = await createTestUser("EDITOR");
  const { claims } = await createTestArticleWithClaims({
    claims: [{ status: "CANDIDATE", quote: "Zanzibar exports tripled in a decade." }],
  });
  assert.equal(await getClaimWorkspace({ user: viewer, claimId: claims[0].id }), null);
  assert.notEqual(await getClaimWorkspace({ user: editor, claimId: claims[0].id }), null);
  const filter = queueFilterSchema.parse({ q: "Zanzibar exports" });
  assert.equal((await listQueue({ user: viewer, filter })).rows.length, 0);
  assert.equal((await listQueue({ user: editor, filter })).rows.length, 1);
  // An editor dismissing it works (triage); a viewer cannot even learn it exists.
  assert.equal(
    code(
      await runActionAs(dismissClaimAction, viewer, { claimId: claims[0].id, reason: "DUPLICATE" }),
    ),
    "FORBIDDEN",
  );
});

test("a forbidden move gets a clear message", async () => {
  const { claimId, editor } = await createClaimIn("APPROVED");
  const res = await runActionAs(takeClaimAction, editor, { claimId });
  assert.equal(code(res), "CONFLICT");
  if (!res.ok) assert.equal(res.error, "Cannot take a claim that is approved.");
});

test("markup and spreadsheet formulas are stored exactly as typed", async () => {
  const { claimId, editor } = await createClaimIn("IN_RESEARCH");
  const text = `<script>alert("x")</script> =HYPERLINK("http://evil.example","click")`;
  const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  assert.equal(
    code(
      await runActionAs(editCanonicalTextAction, editor, {
        claimId,
        version: claim.version,
        canonicalText: text,
      }),
    ),
    "ok",
  );
  assert.equal(
    code(
      await runActionAs(addSourceAction, editor, { claimId, ...testSourceFields({ title: text }) }),
    ),
    "ok",
  );
  assert.equal(
    (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).canonicalText,
    text,
  );
  assert.equal((await prisma.source.findFirstOrThrow({ where: { claimId } })).title, text);
});
