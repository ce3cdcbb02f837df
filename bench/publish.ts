// npm run bench -- publish — verdict page (the stored page, from serve.mjs's fast path) vs a
// static file (Next's own static serving) from one `npm start` server (autocannon,
// 50 connections), and a 10,000-claim CSV export (time and peak RSS). Own throw-away database
// and its own build folder (.next-publish). BENCH_SECONDS shortens the HTTP runs.
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import autocannon from "autocannon";
import { createTestDatabase } from "../scripts/lib/test-database";
import {
  assertPortFree,
  ensureBuild,
  killTree,
  runServer,
  waitForServer,
} from "../scripts/lib/next-process";
import { lighthouseScores } from "./lighthouse";

const PORT = Number(process.env.BENCH_PUBLISH_PORT ?? 3301);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BULK_CLAIMS = 10_000;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const print = (name: string, value: number | string) => console.log(`${name}=${value}`);

async function rps(url: string): Promise<number> {
  const result = await autocannon({ url, connections: 50, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

export async function run(): Promise<void> {
  const db = await createTestDatabase("claimdesk_bench_publish");
  process.env.DATABASE_URL = db.url;
  const { disconnectDb } = await import("../lib/db");
  const { seedBulkClaims, seedPublishedChecks } = await import("./publish-data");
  const { prepareExport } = await import("../lib/export/export-report");
  let server: ReturnType<typeof runServer> | null = null;
  try {
    const slugs = await seedPublishedChecks(5);
    const env = {
      ...process.env,
      NEXT_DIST_DIR: ".next-publish",
      PORT: String(PORT),
      NEXTAUTH_SECRET: "bench",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      PUBLIC_SITE_URL: `http://localhost:${PORT}`,
      NODE_ENV: "production" as const,
    };
    await ensureBuild(env, (line) => console.error(line));
    await assertPortFree(PORT);
    server = runServer(env, true);
    const base = `http://localhost:${PORT}`;
    await waitForServer(`${base}/checks`);

    // The verdict page was stored when it was published; the first request loads it into the
    // server's memory. The static baseline is the CSS file Next serves for the public index
    // (the verdict page inlines its stylesheet, so it survives redeploys).
    const pageUrl = `${base}/checks/${slugs[0]}`;
    const first = await fetch(pageUrl);
    if (first.status !== 200) throw new Error(`${pageUrl} answered ${first.status}`);
    const index = await (await fetch(`${base}/checks`)).text();
    const asset = /\/_next\/static\/[^"]+\.css/.exec(index)?.[0];
    if (!asset) throw new Error("no static CSS file linked from the public index");
    const verdict = await rps(pageUrl);
    const staticFile = await rps(`${base}${asset}`);
    print("verdict_page_rps", round(verdict, 0));
    print("static_file_rps", round(staticFile, 0));
    print("verdict_vs_static", round(verdict / staticFile, 3));
    const scores = await lighthouseScores(pageUrl);
    print("lighthouse_performance", scores.performance);
    print("lighthouse_accessibility", scores.accessibility);
    killTree(server);
    server = null;

    await seedBulkClaims(BULK_CLAIMS);
    const prepared = await prepareExport({ format: "csv", status: "APPROVED" });
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    let bytes = 0;
    const started = performance.now();
    await pipeline(
      prepared.open(),
      new Writable({
        write(chunk, _enc, done) {
          bytes += chunk.length;
          done();
        },
      }),
    );
    const ms = performance.now() - started;
    clearInterval(sampler);
    print("csv_export_rows", prepared.rowCount);
    print("csv_export_10k_ms", round(ms, 0));
    print("csv_export_mb", round(bytes / 1e6, 2));
    print("csv_export_peak_rss_mb", round(peak / 1e6, 1));
    print("csv_export_rss_growth_mb", round((peak - rssBefore) / 1e6, 1));
  } finally {
    if (server) killTree(server);
    await disconnectDb();
    await db.dispose();
  }
}
