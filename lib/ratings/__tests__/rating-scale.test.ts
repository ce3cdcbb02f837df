import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { listRatings } from "../list-ratings";
import { saveRatingScaleAction } from "../ratings.actions";

after(disconnectDb);

test("rating scale: seeded when empty, labels can be swapped, a dropped rating is retired not deleted", async () => {
  const admin = await createTestUser("ADMIN");
  const ratings = await listRatings();
  assert.equal(ratings.length, 6);
  const rows = ratings.map((r) => ({
    id: r.id,
    label: r.label,
    value: r.value,
    description: r.description ?? "",
    active: r.active,
  }));
  [rows[0].label, rows[1].label] = [rows[1].label, rows[0].label];
  const res = await runActionAs(saveRatingScaleAction, admin, {
    ratings: [
      ...rows.slice(0, 5),
      { label: "Misleading", value: 2, description: "", active: true },
    ],
  });
  assert.equal(res.ok, true, res.ok ? "" : res.error);
  const after = await prisma.rating.findMany({ orderBy: { position: "asc" } });
  assert.deepEqual(
    after.filter((r) => r.active).map((r) => r.label),
    ["Mostly true", "True", "Half true", "Mostly false", "False", "Misleading"],
  );
  assert.equal(after.find((r) => r.label === "Unverifiable")?.active, false);

  // Put the default scale back for the test files that run after this one.
  const restore = await runActionAs(saveRatingScaleAction, admin, {
    ratings: ratings.map((r) => ({
      id: r.id,
      label: r.label,
      value: r.value,
      description: r.description ?? "",
      active: true,
    })),
  });
  assert.equal(restore.ok, true);
  const dup = await runActionAs(saveRatingScaleAction, admin, {
    ratings: [
      { label: "A", value: 1, description: "", active: true },
      { label: "a", value: 2, description: "", active: true },
    ],
  });
  assert.equal(dup.ok ? "ok" : dup.code, "INVALID");
});
