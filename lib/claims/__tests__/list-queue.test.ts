import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb } from "../../db";
import { createTestUser } from "../../testing/users";
import { createTestArticleWithClaims } from "../../testing/claims";
import { listQueue, QUEUE_PAGE_SIZE } from "../list-queue";
import { countQueue, QUEUE_COUNT_CAP } from "../count-queue";
import { queueFilterSchema } from "../claim.schema";

after(disconnectDb);

test("queue: filters, full-text search, counts per status and keyset pages without gaps or repeats", async () => {
  const editor = await createTestUser("EDITOR");
  const { speaker, claims } = await createTestArticleWithClaims({
    claims: Array.from({ length: 120 }, (_, i) => ({
      quote: `Pelicans number ${i} in the lagoon, up ${i % 7} per cent.`,
      score: (i % 10) / 10, // many ties: the id breaks them
      status: i % 4 === 0 ? ("IN_RESEARCH" as const) : ("QUEUED" as const),
      assigneeId: i % 4 === 0 ? editor.id : null,
      kind: i % 2 ? ("QUANTITY" as const) : ("COMPARISON" as const),
    })),
  });
  const base = { speaker: speaker.id };

  const seen: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 5; page++) {
    const result = await listQueue({ user: editor, filter: queueFilterSchema.parse({ ...base, after }) });
    seen.push(...result.rows.map((r) => r.id));
    for (let i = 1; i < result.rows.length; i++) assert.ok(result.rows[i - 1].score >= result.rows[i].score, "sorted by score");
    if (page === 0) {
      assert.equal(result.rows.length, QUEUE_PAGE_SIZE);
      assert.deepEqual(await countQueue({ user: editor, filter: queueFilterSchema.parse({ ...base, after }) }), { QUEUED: 90, IN_RESEARCH: 30 });
    }
    if (!result.nextCursor) break;
    after = result.nextCursor;
  }
  assert.equal(seen.length, 120);
  assert.equal(new Set(seen).size, 120);

  const research = await listQueue({ user: editor, filter: queueFilterSchema.parse({ ...base, status: "IN_RESEARCH", assignee: "me" }) });
  assert.equal(research.rows.length, 30);
  assert.ok(research.rows.every((r) => r.assigneeId === editor.id && r.assigneeName === editor.name));

  const kind = await listQueue({ user: editor, filter: queueFilterSchema.parse({ ...base, kind: "COMPARISON", status: "QUEUED" }) });
  assert.ok(kind.rows.every((r) => r.kind === "COMPARISON" && r.status === "QUEUED"));
  assert.equal((await countQueue({ user: editor, filter: queueFilterSchema.parse({ ...base, kind: "COMPARISON", status: "QUEUED" }) })).QUEUED, 30);

  const search = await listQueue({ user: editor, filter: queueFilterSchema.parse({ q: `"Pelicans number 17"` }) });
  assert.deepEqual(search.rows.map((r) => r.id), [claims[17].id]);

  const newest = await listQueue({ user: editor, filter: queueFilterSchema.parse({ ...base, sort: "oldest" }) });
  assert.equal(newest.rows[0].id, claims[0].id);

  // Junk in the URL is dropped rather than failing the page.
  const junk = queueFilterSchema.parse({ status: "BOGUS", minScore: "abc", after: "%%%", sort: "sideways", speaker: speaker.id });
  assert.equal(junk.status, undefined);
  assert.equal(junk.sort, "score");
  assert.equal((await listQueue({ user: editor, filter: junk })).rows.length, QUEUE_PAGE_SIZE);
});

test("counts stop at the cap, so a broad search in a big queue stays cheap", async () => {
  const editor = await createTestUser("EDITOR");
  const { speaker } = await createTestArticleWithClaims({
    claims: Array.from({ length: QUEUE_COUNT_CAP + 5 }, (_, i) => ({ quote: `Capybaras counted ${i}.`, score: 0.5 })),
  });
  const filter = queueFilterSchema.parse({ speaker: speaker.id, q: "capybaras" });
  const result = await listQueue({ user: editor, filter });
  assert.equal((await countQueue({ user: editor, filter })).QUEUED, QUEUE_COUNT_CAP + 1, "one past the cap means 'more than the cap'");
  assert.equal(result.rows.length, QUEUE_PAGE_SIZE);
});
