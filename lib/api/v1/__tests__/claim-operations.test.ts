// The /api/v1 operations on one claim besides moves: assign, attach a source, read the
// corrections of its check.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { disconnectDb, prisma } from "../../../db";
import type { CurrentUser } from "../../../auth/current-user";
import { correctVerdict } from "../../../publishing/correct-verdict";
import { publishVerdict } from "../../../publishing/publish-verdict";
import { createApprovedClaim } from "../../../testing/published";
import { readyToPublish } from "../../../testing/publish-checklist";
import { createTestArticleWithClaims, testSourceFields } from "../../../testing/claims";
import { createTestUser } from "../../../testing/users";
import { createClaimIn } from "../../../testing/workflow";
import { createApiToken } from "../../../tokens/create-api-token";
import type { TokenScope } from "../../../tokens/token-scopes";
import { handlerOf } from "../operations";

after(disconnectDb);
before(() => readyToPublish());

async function tokenOf(user: CurrentUser, scopes: TokenScope[]) {
  return (await createApiToken({ actorId: null, userId: user.id, name: "ops", scopes })).token;
}

async function call(
  operationId: string,
  token: string,
  params: Record<string, string>,
  body?: unknown,
) {
  const response = await handlerOf(operationId)(
    new Request("http://desk.test/api/v1/x", {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: await response.json() };
}

// Successes re-render desk pages (revalidatePath needs Next's request context): the contract test
// (e2e/api.spec.ts) makes them against the running app; the refusals are checked here.
test("assign: refused for someone who cannot research, and for an unknown claim", async () => {
  const token = await tokenOf(await createTestUser("REVIEWER"), ["claims:write"]);
  const { claimId } = await createClaimIn("QUEUED");
  const viewer = await createTestUser("VIEWER");
  const refused = await call("assignClaim", token, { id: claimId }, { assigneeId: viewer.id });
  assert.equal(refused.status, 400);
  assert.ok(refused.body.errors.assigneeId);
  const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  assert.equal(claim.status, "QUEUED");
  assert.equal(claim.assigneeId, null);
  const editor = await createTestUser("EDITOR");
  const missing = await call("assignClaim", token, { id: randomUUID() }, { assigneeId: editor.id });
  assert.equal(missing.status, 404);
  const noBody = await call("assignClaim", token, { id: claimId }, {});
  assert.equal(noBody.status, 400);
  assert.ok(noBody.body.errors.assigneeId);
});

test("add a source: refused for another editor's claim, a claim not in research and bad fields", async () => {
  const { claimId, editor } = await createClaimIn("IN_RESEARCH");
  const token = await tokenOf(editor, ["claims:write"]);
  const other = await tokenOf(await createTestUser("EDITOR"), ["claims:write"]);
  assert.equal((await call("addSource", other, { id: claimId }, testSourceFields())).status, 403);
  const queued = (await createClaimIn("QUEUED")).claimId;
  const frozen = await call("addSource", token, { id: queued }, testSourceFields());
  assert.equal(frozen.status, 400);
  const invalid = await call("addSource", token, { id: claimId }, { url: "ftp://x" });
  assert.equal(invalid.status, 400);
  assert.ok(invalid.body.errors.url);
  assert.equal(await prisma.source.count({ where: { claimId: { in: [claimId, queued] } } }), 0);
});

test("corrections: a published check's corrections, oldest first; none before; hidden claims are not found", async () => {
  const reviewer = await createTestUser("REVIEWER");
  const { claim } = await createApprovedClaim({ author: await createTestUser("EDITOR") });
  const token = await tokenOf(await createTestUser("VIEWER"), ["read"]);
  assert.deepEqual((await call("listClaimCorrections", token, { id: claim.id })).body, {
    items: [],
  });
  await publishVerdict({ user: reviewer, claimId: claim.id });
  for (const note of ["We first gave the wrong year.", "The chart's axis was mislabelled."]) {
    const pub = await prisma.publication.findUniqueOrThrow({ where: { claimId: claim.id } });
    await correctVerdict({
      user: reviewer,
      claimId: claim.id,
      expectedVersion: pub.version,
      ratingId: null,
      conclusion: `Corrected: ${note}`,
      analysis: "Corrected.",
      note,
    });
  }
  const listed = await call("listClaimCorrections", token, { id: claim.id });
  assert.equal(listed.status, 200);
  assert.deepEqual(
    listed.body.items.map((c: { note: string; revision: number; createdBy: { id: string } }) => [
      c.note,
      c.revision,
      c.createdBy.id,
    ]),
    [
      ["We first gave the wrong year.", 2, reviewer.id],
      ["The chart's axis was mislabelled.", 3, reviewer.id],
    ],
  );
  // A viewer does not see import candidates: their id is "not found", like an unknown one.
  const candidate = (await createTestArticleWithClaims({ claims: [{ status: "CANDIDATE" }] }))
    .claims[0];
  assert.equal((await call("listClaimCorrections", token, { id: candidate.id })).status, 404);
  assert.equal((await call("listClaimCorrections", token, { id: randomUUID() })).status, 404);
});
