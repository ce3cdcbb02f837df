// The fast path on a real server socket and a real database (no Next behind it: what it does
// not answer reaches a stub that says "next"): stored bytes, ETag/304, HEAD, 410, pages rendered
// on first request when none was stored, a correction reloaded through LISTEN/NOTIFY, and the
// CDN purge hook.
import { readyToPublish } from "../../testing/publish-checklist";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { prisma, disconnectDb } from "../../db";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { createApprovedClaim } from "../../testing/published";
import { publishVerdict } from "../publish-verdict";
import { correctVerdict } from "../correct-verdict";
import { unpublishVerdict } from "../unpublish-verdict";
import { PublishedPageCache } from "../published-page-cache";
import { createPublishedPageHandler } from "../serve-published-page";
import { cdnPurgeUrl, purgeCdn } from "../cdn-purge";

let reviewer: CurrentUser;
let server: Server;
let base: string;
const cache = new PublishedPageCache(64 * 1024 * 1024);

before(async () => {
  await readyToPublish();
  reviewer = await createTestUser("REVIEWER");
  await cache.start();
  const handler = createPublishedPageHandler(cache, {});
  server = createServer((req, res) =>
    handler(req, res, () => res.writeHead(404, { "content-type": "text/plain" }).end("next")),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.close();
  await disconnectDb();
});

async function published() {
  const { claim } = await createApprovedClaim({ author: reviewer });
  await publishVerdict({ user: reviewer, claimId: claim.id });
  const publication = await prisma.publication.findUniqueOrThrow({ where: { claimId: claim.id } });
  return { claim, publication };
}

test("serves the stored bytes with a strong ETag, 304 on If-None-Match, HEAD without a body", async () => {
  const { claim, publication } = await published();
  const stored = await prisma.publishedPage.findUniqueOrThrow({
    where: { publicationId_revision: { publicationId: publication.id, revision: 1 } },
  });
  const res = await fetch(`${base}/checks/${claim.slug}?utm_source=feed`);
  assert.equal(res.status, 200);
  assert.equal(await res.text(), stored.html);
  assert.equal(res.headers.get("etag"), stored.etag);
  assert.match(
    res.headers.get("cache-control") ?? "",
    /^public, .*s-maxage=300, stale-while-revalidate/,
  );
  assert.match(res.headers.get("content-security-policy") ?? "", /script-src 'none'/);
  assert.match(stored.html, /^<!DOCTYPE html><html lang="en">/);
  assert.match(stored.html, /<link rel="canonical" href="[^"]+\/checks\//);

  const again = await fetch(`${base}/checks/${claim.slug}`, {
    headers: { "if-none-match": `"other", ${stored.etag}` },
  });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), "");
  const head = await fetch(`${base}/checks/${claim.slug}`, { method: "HEAD" });
  assert.equal(head.status, 200);
  assert.equal(head.headers.get("content-length"), String(Buffer.byteLength(stored.html)));

  assert.equal(await (await fetch(`${base}/checks/no-such-check`)).text(), "next");
  assert.equal(await (await fetch(`${base}/checks/feed.xml`)).text(), "next");
  assert.equal(await (await fetch(`${base}/checks/${claim.slug}/revisions/9`)).text(), "next");
  const post = await fetch(`${base}/checks/${claim.slug}`, { method: "POST" });
  assert.equal(await post.text(), "next");
});

test("a correction replaces the served page; the earlier revision keeps its bytes; a withdrawal answers 410", async () => {
  const { claim, publication } = await published();
  const before = await (await fetch(`${base}/checks/${claim.slug}`)).text();
  const result = await correctVerdict({
    user: reviewer,
    claimId: claim.id,
    expectedVersion: publication.version,
    ratingId: null,
    conclusion: "A corrected conclusion for this check.",
    analysis: "Corrected analysis.",
    note: "We corrected the conclusion.",
  });
  assert.equal(result.revision, 2);
  // Poll: the cache has no expiry; only the change announcement can bring the new page.
  let page = "";
  while (!page.includes("A corrected conclusion for this check.")) {
    page = await (await fetch(`${base}/checks/${claim.slug}`)).text();
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.equal(await (await fetch(`${base}/checks/${claim.slug}/revisions/1`)).text(), before);
  const current = await fetch(`${base}/checks/${claim.slug}/revisions/2`);
  assert.equal(await current.text(), page);
  assert.equal(current.headers.get("x-robots-tag"), "noindex");

  await unpublishVerdict({ user: reviewer, claimId: claim.id, reason: "Withdrawn for a test." });
  let status = 0;
  while (status !== 410) {
    status = (await fetch(`${base}/checks/${claim.slug}`)).status;
    await new Promise((resolve) => setImmediate(resolve));
  }
  const gone = await fetch(`${base}/checks/${claim.slug}/revisions/1`);
  assert.equal(gone.status, 410);
  assert.match(await gone.text(), /Withdrawn for a test\./);
});

test("a live check whose page was never stored is rendered and stored on first request", async () => {
  const { claim, publication } = await published();
  await prisma.publishedPage.deleteMany({ where: { publicationId: publication.id } });
  // A cache that has not loaded the page (the shared one may have, on hearing the publish).
  const cold = new PublishedPageCache(64 * 1024 * 1024);
  const handler = createPublishedPageHandler(cold, {});
  const coldServer = createServer((req, res) =>
    handler(req, res, () => res.writeHead(404, { "content-type": "text/plain" }).end("next")),
  );
  await new Promise<void>((resolve) => coldServer.listen(0, "127.0.0.1", resolve));
  const res = await fetch(
    `http://127.0.0.1:${(coldServer.address() as AddressInfo).port}/checks/${claim.slug}`,
  ).finally(() => coldServer.close());
  assert.equal(res.status, 200);
  const stored = await prisma.publishedPage.findUniqueOrThrow({
    where: { publicationId_revision: { publicationId: publication.id, revision: 1 } },
  });
  assert.equal(await res.text(), stored.html);
  assert.ok(stored.html.includes(claim.canonicalText));
});

test("the CDN purge hook: http(s) only, told which URLs changed", async () => {
  assert.equal(cdnPurgeUrl(""), null);
  assert.throws(() => cdnPurgeUrl("file:///etc/passwd"), /must be an http\(s\) URL/);
  assert.throws(() => cdnPurgeUrl("gopher://127.0.0.1/"), /must be an http\(s\) URL/);
  assert.throws(() => cdnPurgeUrl("https://user:secret@cdn.example/purge"), /credentials/);
  assert.throws(() => cdnPurgeUrl("not a url"), /not a URL/);

  const received: { auth?: string; body: string }[] = [];
  const cdn = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ auth: req.headers.authorization, body });
      res.end();
    });
  });
  await new Promise<void>((resolve) => cdn.listen(0, "127.0.0.1", resolve));
  process.env.CDN_PURGE_URL = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/purge`;
  process.env.CDN_PURGE_TOKEN = "purge-token";
  try {
    await purgeCdn({ slug: "some-check", event: "correct" });
  } finally {
    delete process.env.CDN_PURGE_URL;
    delete process.env.CDN_PURGE_TOKEN;
    cdn.close();
  }
  assert.equal(received.length, 1);
  assert.equal(received[0]!.auth, "Bearer purge-token");
  const body = JSON.parse(received[0]!.body);
  assert.equal(body.event, "correct");
  assert.equal(body.slug, "some-check");
  assert.ok(body.urls.some((u: string) => u.endsWith("/checks/some-check")));
});
