import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb } from "../../db";
import { createTestUser } from "../../testing/users";
import { createTestArticleWithClaims } from "../../testing/claims";
import { listQueue, QUEUE_PAGE_SIZE } from "../list-queue";
import { countQueue, ESTIMATE_ABOVE } from "../count-queue";
import { sql } from "../../db";
import { queueFilterSchema } from "../claim.schema";
import { asOwner } from "../../testing/owner-sql";

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
    const result = await listQueue({
      user: editor,
      filter: queueFilterSchema.parse({ ...base, after }),
    });
    seen.push(...result.rows.map((r) => r.id));
    for (let i = 1; i < result.rows.length; i++)
      assert.ok(result.rows[i - 1].score >= result.rows[i].score, "sorted by score");
    if (page === 0) {
      assert.equal(result.rows.length, QUEUE_PAGE_SIZE);
      assert.deepEqual(
        await countQueue({ user: editor, filter: queueFilterSchema.parse({ ...base, after }) }),
        {
          byStatus: { QUEUED: 90, IN_RESEARCH: 30 },
          estimated: [],
        },
      );
    }
    if (!result.nextCursor) break;
    after = result.nextCursor;
  }
  assert.equal(seen.length, 120);
  assert.equal(new Set(seen).size, 120);

  const research = await listQueue({
    user: editor,
    filter: queueFilterSchema.parse({ ...base, status: "IN_RESEARCH", assignee: "me" }),
  });
  assert.equal(research.rows.length, 30);
  assert.ok(
    research.rows.every((r) => r.assigneeId === editor.id && r.assigneeName === editor.name),
  );

  const kind = await listQueue({
    user: editor,
    filter: queueFilterSchema.parse({ ...base, kind: "COMPARISON", status: "QUEUED" }),
  });
  assert.ok(kind.rows.every((r) => r.kind === "COMPARISON" && r.status === "QUEUED"));
  assert.equal(
    (
      await countQueue({
        user: editor,
        filter: queueFilterSchema.parse({ ...base, kind: "COMPARISON", status: "QUEUED" }),
      })
    ).byStatus.QUEUED,
    30,
  );

  const search = await listQueue({
    user: editor,
    filter: queueFilterSchema.parse({ q: `"Pelicans number 17"` }),
  });
  assert.deepEqual(
    search.rows.map((r) => r.id),
    [claims[17].id],
  );

  const newest = await listQueue({
    user: editor,
    filter: queueFilterSchema.parse({ ...base, sort: "oldest" }),
  });
  assert.equal(newest.rows[0].id, claims[0].id);

  // Junk in the URL is dropped rather than failing the page.
  const junk = queueFilterSchema.parse({
    status: "BOGUS",
    minScore: "abc",
    after: "%%%",
    sort: "sideways",
    speaker: speaker.id,
  });
  assert.equal(junk.status, undefined);
  assert.equal(junk.sort, "score");
  assert.equal((await listQueue({ user: editor, filter: junk })).rows.length, QUEUE_PAGE_SIZE);
});

test("a broad search in a big queue: large statuses are the planner's estimate, small ones are counted", async () => {
  const editor = await createTestUser("EDITOR");
  const { speaker, article } = await createTestArticleWithClaims({
    claims: [{ quote: "Capybaras counted 0.", score: 0.5 }],
  });
  const many = ESTIMATE_ABOVE * 2;
  await sql`
    insert into claims (id, slug, "articleId", "speakerId", quote, "startOffset", "endOffset", "canonicalText", kind, score, reasons, status, "updatedAt")
    select gen_random_uuid(), 'capybara-' || md5(random()::text), ${article.id}, ${speaker.id}, 'Capybaras counted ' || i || '.', 0, 1,
           'Capybaras counted ' || i || '.', 'QUANTITY', 0.5, '{}', case when i <= 40 then 'IN_REVIEW' else 'QUEUED' end::"ClaimStatus", now()
      from generate_series(1, ${many}) as i`;
  await asOwner((owner) => owner`analyze claims`); // the app role may not ANALYZE
  const filter = queueFilterSchema.parse({ q: "capybaras" });
  const counts = await countQueue({ user: editor, filter });
  assert.deepEqual(counts.estimated, ["QUEUED"]);
  const queued = counts.byStatus.QUEUED!;
  assert.ok(queued > many / 2 && queued < many * 2, `estimate ${queued} near ${many - 40}`);
  assert.equal(counts.byStatus.IN_REVIEW, 40, "a small status is still counted exactly");
  assert.equal((await listQueue({ user: editor, filter })).rows.length, QUEUE_PAGE_SIZE);
});
