// The desk home's numbers follow the desk: a take and a publish count in this week's bar, a
// claim sent for review waits in the list, the status counts move with the claims.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb } from "../../db";
import { createTestUser } from "../../testing/users";
import { createClaimIn } from "../../testing/workflow";
import { createApprovedClaim } from "../../testing/published";
import { publishVerdict } from "../../publishing/publish-verdict";
import { getDeskDashboard } from "../get-desk-dashboard";

after(disconnectDb);

const thisWeek = (d: Awaited<ReturnType<typeof getDeskDashboard>>) => d.weekly.at(-1)!;
const statusCount = (d: Awaited<ReturnType<typeof getDeskDashboard>>, status: string) =>
  d.byStatus.find((s) => s.status === status)?.count ?? 0;

test("takes, publications, claims waiting for review and status counts", async () => {
  const before = await getDeskDashboard();
  const { claimId } = await createClaimIn("IN_REVIEW"); // taken on the way
  const { claim } = await createApprovedClaim({ author: await createTestUser("EDITOR") });
  await publishVerdict({ user: await createTestUser("REVIEWER"), claimId: claim.id });
  const now = await getDeskDashboard();

  assert.equal(now.weekly.length, 12);
  assert.ok(thisWeek(now).taken >= thisWeek(before).taken + 1);
  assert.equal(thisWeek(now).published, thisWeek(before).published + 1);
  assert.equal(statusCount(now, "IN_REVIEW"), statusCount(before, "IN_REVIEW") + 1);
  assert.equal(statusCount(now, "PUBLISHED"), statusCount(before, "PUBLISHED") + 1);
  const waiting = now.waiting.map((w) => w.id);
  assert.ok(
    waiting.includes(claimId) || now.waiting.length === 10,
    "the new claim in review is listed (unless ten waited longer)",
  );
  assert.ok(now.byRating.reduce((n, r) => n + r.count, 0) >= 1);
});
