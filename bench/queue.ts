// npm run bench -- queue — "take next" under 50 concurrent editors, and the first queue page at
// 100 vs 100k claims. Own throw-away database; prints name=value lines.
import { randomUUID } from "node:crypto";
import { createTestDatabase } from "../scripts/lib/test-database";

const EDITORS = 50;
const ROUNDS = 30; // takes per editor per loop
const QUEUED = 3000;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}
const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const print = (name: string, value: number | string) => console.log(`${name}=${value}`);

export async function run(): Promise<void> {
  const db = await createTestDatabase("claimdesk_bench_queue");
  process.env.DATABASE_URL = db.url;
  process.env.DB_POOL_SIZE = String(EDITORS + 2);
  // Imported after DATABASE_URL is set; the clients connect lazily anyway.
  const { sql, disconnectDb } = await import("../lib/db");
  const { claimNextForEditor } = await import("../lib/claims/claim-next-for-editor");
  const { listQueue } = await import("../lib/claims/list-queue");
  const { countQueue } = await import("../lib/claims/count-queue");
  const { listQueueFacets } = await import("../lib/claims/list-queue-facets");
  const { listAssignees } = await import("../lib/claims/list-assignees");
  const { userForSession } = await import("../lib/auth/current-user");
  const { queueFilterSchema } = await import("../lib/claims/claim.schema");
  // The app role may not ANALYZE, VACUUM or CHECKPOINT: the owner and the superuser do that.
  const postgres = (await import("postgres")).default;
  const owner = postgres(db.ownerUrl, { max: 1, onnotice: () => {} });
  const superuser = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
  try {
    const editors = Array.from({ length: EDITORS }, (_, i) => ({
      id: randomUUID(),
      email: `bench-${i}@bench.test`,
      name: `Bench ${i}`,
      role: "EDITOR" as const,
      sid: "bench",
      mustSetUpTwoFactor: false,
    }));
    await sql`insert into users ${sql(editors.map((e) => ({ id: e.id, email: e.email, name: e.name, passwordHash: "x", role: e.role, updatedAt: new Date() })))}`;
    const [speaker] =
      await sql`insert into speakers (id, name) values (gen_random_uuid(), 'Bench Speaker') returning id`;
    const [article] = await sql`
      insert into articles (id, outlet, title, text, "contentHash", "speakerId", "publishedAt")
      values (gen_random_uuid(), 'Bench Times', 'Bench', 'x', 'bench', ${speaker.id}, '2024-01-01') returning id`;
    // `matching`: every claim is QUEUED and about unemployment, so the 100-claim queue still fills
    // the first page of the measured filter; otherwise about a fifth match the term, 3/7 are queued.
    const addClaims = (from: number, to: number, matching = false) => {
      const topic = matching
        ? sql`'unemployment'`
        : sql`(array['unemployment','inflation','crime','housing','taxes'])[i % 5 + 1]`;
      const status = matching
        ? sql`'QUEUED'::"ClaimStatus"`
        : sql`(array['QUEUED','QUEUED','QUEUED','IN_RESEARCH','IN_REVIEW','APPROVED','DISMISSED']::"ClaimStatus"[])[i % 7 + 1]`;
      return sql`
      insert into claims (id, slug, "articleId", "speakerId", quote, "startOffset", "endOffset", "canonicalText",
                          kind, score, reasons, status, "updatedAt", "createdAt")
      select gen_random_uuid(), 'bench-' || i, ${article.id}, ${speaker.id},
             'Quote ' || i || ' on ' || ${topic} || ' rising ' || (i % 97) || ' per cent',
             0, 10,
             'Claim ' || i || ': ' || ${topic} || ' rose by ' || (i % 97) || ' per cent',
             (array['QUANTITY','CAUSAL','COMPARISON','EVENT']::"ClaimKind"[])[i % 4 + 1], random(), '{}',
             ${status}, now(), now() - (i % 400) * interval '1 hour'
        from generate_series(${from}::int, ${to}::int) as i`;
    };

    // — take next: 50 editors, each takes and releases ROUNDS times —
    await addClaims(1, 100, true);
    await sql`insert into claims (id, slug, "articleId", "speakerId", quote, "startOffset", "endOffset", "canonicalText", kind, score, reasons, status, "updatedAt")
      select gen_random_uuid(), 'bench-q-' || i, ${article.id}, ${speaker.id}, 'q', 0, 1, 'q', 'QUANTITY', random(), '{}', 'QUEUED', now()
        from generate_series(1, ${QUEUED}) as i`;
    await owner`analyze claims`;

    async function loop(take: (editorId: string) => Promise<string | null>) {
      const holders = new Map<string, string>();
      const samples: number[] = [];
      let doubles = 0;
      await Promise.all(
        editors.map(async (editor) => {
          for (let r = 0; r < ROUNDS; r++) {
            const t0 = performance.now();
            const id = await take(editor.id);
            samples.push(performance.now() - t0);
            if (!id) continue;
            if (holders.has(id)) doubles++;
            holders.set(id, editor.id);
            // Hold it briefly (the "research"); another take returning this id meanwhile is a double.
            await new Promise((resolve) => setTimeout(resolve, 1));
            holders.delete(id);
            await sql`update claims set status = 'QUEUED', "assigneeId" = null, version = version + 1 where id = ${id}`;
          }
        }),
      );
      return { p95: p95(samples), doubles };
    }

    const takeViaApp = async (id: string) =>
      (await claimNextForEditor({ user: editors.find((e) => e.id === id)! }))?.id ?? null;
    const takeViaSql = async (editorId: string) => {
      const [row] = await sql`
        update claims set status = 'IN_RESEARCH', "assigneeId" = ${editorId}, version = version + 1
         where id = (select id from claims where status = 'QUEUED' order by score desc, id for update skip locked limit 1)
        returning id`;
      return (row?.id as string | undefined) ?? null;
    };
    // One untimed round each first: a running app has its 50 connections open and its plans
    // cached; opening connections is not what "take next" costs an editor.
    const warmUp = [await loop(takeViaApp), await loop(takeViaSql)];
    const useCase = await loop(takeViaApp);
    const plain = await loop(takeViaSql);
    const doubles = [...warmUp, useCase, plain].reduce((n, r) => n + r.doubles, 0);
    print("claim_next_p95_ms", round(useCase.p95));
    print("double_claims", doubles);
    print("claim_next_sql_p95_ms", round(plain.p95));
    print("claim_next_vs_sql_ratio", round(useCase.p95 / plain.p95));

    // The page is measured on the app's default pool: the 52 connections opened above would
    // each plan the page query cold as sequential calls rotate through them.
    await disconnectDb();
    delete process.env.DB_POOL_SIZE;

    // — first queue page with a filter and a search term: 100 vs 100k claims —
    const admin = { ...editors[0], role: "ADMIN" as const };
    const filter = queueFilterSchema.parse({ status: "QUEUED", q: "unemployment" });
    // Warm the pools' connections, the plan caches and the buffer cache first; then the median of 31 runs.
    async function medianMs(fn: () => Promise<unknown>): Promise<number> {
      for (let i = 0; i < 30; i++) await fn();
      const times: number[] = [];
      for (let i = 0; i < 31; i++) {
        const t0 = performance.now();
        await fn();
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[15];
    }
    // Server time for the page: what app/(desk)/queue/page.tsx awaits before it can send the rows
    // (the session, the rows, the filter menus, the assignee list). The per-status counts stream
    // in after them (count-queue.ts), so they are measured on their own, and so is the rows query.
    const [session] = await sql`
      insert into user_sessions (id, "userId", "expiresAt") values (gen_random_uuid(), ${admin.id}, now() + interval '1 hour') returning id`;
    const pageMs = () =>
      medianMs(async () => {
        const user = await userForSession(session!.id as string);
        if (!user) throw new Error("bench session not found");
        await Promise.all([listQueue({ user, filter }), listQueueFacets(), listAssignees()]);
      });
    const rowsMs = () => medianMs(() => listQueue({ user: admin, filter }));
    const countsMs = () => medianMs(() => countQueue({ user: admin, filter }));
    await sql`delete from claims where slug like 'bench-q-%'`;
    await owner`vacuum analyze claims`;
    await superuser`checkpoint`;
    const small = await pageMs();
    const smallRows = await rowsMs();
    const smallCounts = await countsMs();
    await addClaims(101, 100_000);
    // Measure the steady state, not autovacuum and the checkpoint digesting the bulk load.
    await owner`vacuum analyze claims`;
    await superuser`checkpoint`;
    const large = await pageMs();
    const largeRows = await rowsMs();
    const largeCounts = await countsMs();
    print("queue_page_100_ms", round(small));
    print("queue_page_100k_ms", round(large));
    print("queue_page_100k_vs_100_ratio", round(large / small));
    print("queue_rows_query_100_ms", round(smallRows));
    print("queue_rows_query_100k_ms", round(largeRows));
    print("queue_rows_query_100k_vs_100_ratio", round(largeRows / smallRows));
    print("queue_counts_100_ms", round(smallCounts));
    print("queue_counts_100k_ms", round(largeCounts));
    print("queue_counts_100k_vs_100_ratio", round(largeCounts / smallCounts));
  } finally {
    await owner.end();
    await superuser.end();
    await disconnectDb();
    await db.dispose();
  }
}
