// The action registry: a name is taken once (a second definition throws), a workflow action's
// permission is its move's, and the route adapter runs the same gate as the server actions.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { disconnectDb, prisma } from "../../db";
import { defineAction, definedActions } from "../authorized";
import { actionResponse } from "../action-route";
import { getMove } from "../../workflow/claim-workflow";
import { createTestUser } from "../../testing/users";
import { createClaimIn } from "../../testing/workflow";

after(disconnectDb);

test("defining a second action with a taken name throws, and the first stays registered", () => {
  const first = defineAction({
    name: "test.unique",
    permission: "desk:read",
    schema: z.object({}),
    handler: async () => "first",
  });
  assert.throws(
    () =>
      defineAction({
        name: "test.unique",
        permission: "user:manage",
        schema: z.object({}),
        handler: async () => "second",
      }),
    /already defined/,
  );
  assert.deepEqual(
    definedActions().filter((a) => a.name === "test.unique"),
    [first],
  );
});

test("an action that makes a move takes the move's permission", () => {
  const action = defineAction({
    name: "test.release",
    move: "release",
    schema: z.object({}),
    handler: async () => null,
  });
  assert.equal(action.permission, getMove("release").permission);
});

test("the route adapter: same gate, JSON errors with status, the declared shape on success", async () => {
  const shaped = defineAction({
    name: "test.routeTake",
    move: "take",
    schema: z.object({ claimId: z.uuid() }),
    handler: async (user, { claimId }) =>
      prisma.claim.update({ where: { id: claimId }, data: { assigneeId: user.id } }),
    browser: (claim) => ({ id: claim.id, assigneeId: claim.assigneeId }),
  });
  const post = (body: unknown) =>
    new Request("http://desk.test/api/x", { method: "POST", body: JSON.stringify(body) });
  const { claimId } = await createClaimIn("QUEUED");
  const editor = await createTestUser("EDITOR");

  assert.equal((await actionResponse(shaped, null, post({ claimId }))).status, 401);
  const viewer = await actionResponse(shaped, await createTestUser("VIEWER"), post({ claimId }));
  assert.equal(viewer.status, 403);
  const bad = await actionResponse(shaped, editor, post({ claimId: "nope" }));
  assert.equal(bad.status, 400);
  assert.ok((await bad.json()).fieldErrors.claimId);
  const notJson = new Request("http://desk.test/api/x", { method: "POST", body: "{" });
  assert.equal((await actionResponse(shaped, editor, notJson)).status, 400);

  const ok = await actionResponse(shaped, editor, post({ claimId }));
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { id: claimId, assigneeId: editor.id });

  const crossSite = new Request("http://desk.test/api/x", {
    method: "POST",
    headers: { origin: "https://evil.test" },
    body: JSON.stringify({ claimId }),
  });
  const refused = await actionResponse(shaped, editor, crossSite, { sameOrigin: true });
  assert.equal(refused.status, 403);
});
