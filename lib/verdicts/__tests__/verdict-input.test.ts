// A verdict draft with a conclusion too long or a rating off the scale is refused, nothing stored.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createClaimIn } from "../../testing/workflow";
import { listRatings } from "../../ratings/list-ratings";
import { saveVerdictDraftAction } from "../verdicts.actions";

after(disconnectDb);

const code = (r: { ok: boolean; code?: string }) => (r.ok ? "ok" : r.code);

test("a 100 kB conclusion, a rating not on the scale and an inactive rating are refused", async () => {
  const { claimId, editor } = await createClaimIn("IN_RESEARCH");
  const base = { claimId, verdictVersion: null, ratingId: "", conclusion: "Fine.", analysis: "" };
  const long = await runActionAs(saveVerdictDraftAction, editor, {
    ...base,
    conclusion: "x".repeat(100_000),
  });
  assert.equal(code(long), "INVALID");
  if (!long.ok) assert.match(long.fieldErrors?.conclusion?.[0] ?? "", /at most 300 characters/);
  assert.equal(
    code(await runActionAs(saveVerdictDraftAction, editor, { ...base, ratingId: randomUUID() })),
    "INVALID",
  );
  assert.equal(
    code(await runActionAs(saveVerdictDraftAction, editor, { ...base, ratingId: "True" })),
    "INVALID",
  );
  const [rating] = await listRatings();
  await prisma.rating.update({ where: { id: rating.id }, data: { active: false } });
  try {
    assert.equal(
      code(await runActionAs(saveVerdictDraftAction, editor, { ...base, ratingId: rating.id })),
      "INVALID",
    );
  } finally {
    await prisma.rating.update({ where: { id: rating.id }, data: { active: true } });
  }
  assert.equal(await prisma.verdict.count({ where: { claimId } }), 0);
});
