// Request bodies are limited while they stream: a huge chunked import upload is refused with 413
// after ~11 MB and the server's memory stays flat; server-action bodies over 1 MB answer 413
// and absurdly nested ones 400 — never 500.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { test, expect, signIn } from "./fixtures";
import { postChunked, serverRss } from "./raw-http";

const MB = 1024 * 1024;

async function articleCount(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return Number((await client.query("select count(*) from articles")).rows[0].count);
  } finally {
    await client.end();
  }
}

/** An id of a real server action in the build (Next only reads the body of actions it knows). */
function someActionId(): string {
  const manifest = JSON.parse(
    readFileSync(
      join(
        process.cwd(),
        process.env.NEXT_DIST_DIR || ".next",
        "server",
        "server-reference-manifest.json",
      ),
      "utf8",
    ),
  );
  const id = Object.keys(manifest.node ?? {})[0];
  if (!id) throw new Error("no server action in the build");
  return id;
}

test("a 200 MB chunked import upload is refused with 413; memory stays flat and nothing is written", async ({
  page,
}) => {
  await signIn(page, "editor");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const before = await articleCount();
  const boundary = "----e2e-big-upload";
  const upload = () =>
    postChunked("/api/import", {
      headers: {
        cookie,
        origin: new URL(process.env.E2E_BASE_URL!).origin,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      head: `--${boundary}\r\nContent-Disposition: form-data; name="outlet"\r\n\r\nDaily\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      fill: Buffer.alloc(256 * 1024, "a"),
      totalBytes: 200 * MB,
      tail: `\r\n--${boundary}--\r\n`,
    });
  await upload(); // warm-up: the route's code is loaded before memory is measured
  const rssBefore = serverRss();
  const result = await upload();
  const grown = serverRss() - rssBefore;
  expect(result.status).toBe(413);
  expect(JSON.parse(result.body).error).toMatch(/larger than 10 MB/);
  expect(result.sentBytes).toBeLessThan(100 * MB); // the server stopped reading long before 200 MB
  expect(grown, `server RSS grew by ${Math.round(grown / MB)} MB`).toBeLessThan(100 * MB);
  expect(await articleCount()).toBe(before);
});

test("a server-action body over 1 MB answers 413, with or without Content-Length", async ({
  request,
}) => {
  const headers = { "next-action": someActionId(), "content-type": "text/plain;charset=UTF-8" };
  const big = JSON.stringify(["a".repeat(1.2 * MB)]);
  const declared = await request.post("/queue", { headers, data: big });
  expect(declared.status()).toBe(413);
  const chunked = await postChunked("/queue", {
    headers,
    fill: Buffer.alloc(64 * 1024, "a"),
    totalBytes: 3 * MB,
  });
  expect(chunked.status).toBe(413);
});

test("a server-action body nested 100,000 levels deep answers 400", async ({ request }) => {
  const headers = { "next-action": someActionId(), "content-type": "text/plain;charset=UTF-8" };
  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  const response = await request.post("/queue", { headers, data: deep });
  expect(response.status()).toBe(400);
  const multipart = await request.post("/queue", {
    headers: { "next-action": headers["next-action"] },
    multipart: { "0": deep },
  });
  expect(multipart.status()).toBe(400);
});
