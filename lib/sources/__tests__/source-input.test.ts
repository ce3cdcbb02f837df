// A source's address must be a web address: anything else is refused, nothing is stored.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createClaimIn } from "../../testing/workflow";
import { testSourceFields } from "../../testing/claims";
import { addSourceAction } from "../sources.actions";

after(disconnectDb);

const code = (r: { ok: boolean; code?: string }) => (r.ok ? "ok" : r.code);

test("source urls must be http(s); nothing is stored otherwise", async () => {
  const { claimId, editor } = await createClaimIn("IN_RESEARCH");
  for (const url of [
    "javascript:alert(1)",
    "ftp://files.example.org/x.csv",
    "data:text/html,hi",
    "not a url",
    "JAVASCRIPT:alert(1)",
  ]) {
    const res = await runActionAs(addSourceAction, editor, {
      claimId,
      ...testSourceFields({ url }),
    });
    assert.equal(code(res), "INVALID", url);
    if (!res.ok)
      assert.deepEqual(res.fieldErrors?.url, [
        "Use a web address starting with http:// or https://",
      ]);
  }
  assert.equal(await prisma.source.count({ where: { claimId } }), 0);
});
