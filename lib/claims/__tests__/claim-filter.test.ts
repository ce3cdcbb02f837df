// One filter vocabulary: the queue's SQL and the export's Prisma filter pick the same claims for
// the same filter (speaker by id or by name, status in any case), and bad values are refused by
// reports and dropped by the queue's URL.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma, sql } from "../../db";
import { createTestArticleWithClaims } from "../../testing/claims";
import { createTestUser } from "../../testing/users";
import { queueFilterSchema } from "../claim.schema";
import { and, articleJoin, queueConditions } from "../queue-conditions";
import { exportFilterSchema } from "../../export/export.schema";
import { exportWhere } from "../../export/export-records";

after(disconnectDb);

test("queue SQL and export Prisma pick the same claims for the same filter", async () => {
  const admin = await createTestUser("ADMIN");
  const a = await createTestArticleWithClaims({
    claims: [{ status: "QUEUED" }, { status: "IN_RESEARCH" }],
  });
  const b = await createTestArticleWithClaims({ claims: [{ status: "QUEUED" }] });
  const ours = [...a.claims, ...b.claims].map((c) => c.id);
  const speakerA = await prisma.speaker.findUniqueOrThrow({
    where: { id: a.claims[0]!.speakerId },
  });
  const filters = [
    { speaker: speakerA.id },
    { speaker: speakerA.name.toUpperCase() },
    { status: "queued" },
    { speaker: speakerA.name, status: "IN_RESEARCH" },
  ];
  for (const input of filters) {
    const queueFilter = queueFilterSchema.parse(input);
    const { common, status } = queueConditions(admin, queueFilter);
    const viaQueue = (
      await sql<{ id: string }[]>`
        select c.id::text from claims c ${articleJoin()}
        where c.id = any(${ours}::uuid[]) and ${and(status ? [...common, status] : common)}`
    )
      .map((r) => r.id)
      .sort();
    const viaExport = (
      await prisma.claim.findMany({
        where: { AND: [{ id: { in: ours } }, await exportWhere(exportFilterSchema.parse(input))] },
        select: { id: true },
      })
    )
      .map((c) => c.id)
      .sort();
    assert.deepEqual(viaQueue, viaExport, JSON.stringify(input));
    assert.ok(viaQueue.length > 0, JSON.stringify(input));
  }
});

test("bad values: reports refuse them with a message, the queue's URL drops them", () => {
  const bad = { status: "NOPE", from: "2026-02-30", to: "2026-01-01" };
  const refused = exportFilterSchema.safeParse(bad);
  assert.equal(refused.success, false);
  const messages = refused.error?.issues.map((i) => i.message) ?? [];
  assert.ok(messages.some((m) => m.startsWith("Status must be one of")));
  assert.ok(messages.includes("Not a real calendar date."));
  const dropped = queueFilterSchema.parse(bad);
  assert.equal(dropped.status, undefined);
  assert.equal(dropped.from, undefined);
  assert.equal(dropped.to, "2026-01-01");
});
