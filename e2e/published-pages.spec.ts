// Published pages are stored artifacts that every instance serves the same: a second server
// (scripts/serve.mjs on E2E_SECOND_PORT, the same build and database) answers the bytes the first
// one stored, with a strong ETag (304 on If-None-Match) and CDN caching; a correction and a
// withdrawal made through the first instance's desk reach the second (LISTEN/NOTIFY; its copy
// never expires by itself, so the polls below pass only through the notification).
import { killTree, runServer, waitForServer } from "../scripts/lib/next-process";
import { test, expect } from "./fixtures";
import { insertApprovedClaim, publishThroughDesk, reviewerPage } from "./published";

const secondPort = Number(process.env.E2E_SECOND_PORT ?? Number(process.env.PORT ?? 3100) + 2);
const second = `http://localhost:${secondPort}`;

test("two instances serve the same stored page; a correction and a withdrawal on one reach the other", async ({
  browser,
  request,
}) => {
  const server = runServer({ ...process.env, PORT: String(secondPort) }, true);
  server.stderr?.on("data", (d: Buffer) => process.stderr.write(d));
  try {
    await waitForServer(`${second}/checks`);
    const claim = await insertApprovedClaim();
    const reviewer = await reviewerPage(browser);
    await publishThroughDesk(reviewer, claim.id);

    // The reader index of the other instance (cached there before the publish) lists it too.
    await expect
      .poll(async () => (await request.get(`${second}/checks`)).text())
      .toContain(claim.canonicalText);

    const first = await request.get(`/checks/${claim.slug}`);
    const other = await request.get(`${second}/checks/${claim.slug}`);
    expect(first.status()).toBe(200);
    expect(other.status()).toBe(200);
    expect(await other.body()).toEqual(await first.body());
    const etag = other.headers().etag!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/); // strong: no W/ prefix
    expect(first.headers().etag).toBe(etag);
    expect(other.headers()["cache-control"]).toMatch(
      /public, .*s-maxage=\d+.*stale-while-revalidate=\d+/,
    );
    expect(other.headers()["content-security-policy"]).toContain("script-src 'none'");
    expect(other.headers()["x-frame-options"]).toBe("DENY");
    const notModified = await request.get(`${second}/checks/${claim.slug}`, {
      headers: { "if-none-match": etag },
    });
    expect(notModified.status()).toBe(304);
    expect((await notModified.body()).length).toBe(0);

    await reviewer.reload();
    const correct = reviewer.getByRole("form", { name: "Correct verdict" });
    await correct.getByLabel(/Conclusion/).fill("Youth unemployment fell by a tenth, not by half.");
    await correct
      .getByLabel(/Public correction note/)
      .fill("We first used the 2023 survey instead of the 2025 one.");
    await correct.getByRole("button", { name: "Publish correction" }).click();
    await expect(correct.getByRole("status")).toContainText("revision 2");

    await expect
      .poll(async () => (await request.get(`${second}/checks/${claim.slug}`)).text())
      .toContain("Youth unemployment fell by a tenth, not by half.");
    const corrected = await request.get(`${second}/checks/${claim.slug}`);
    expect(corrected.headers().etag).not.toBe(etag);
    expect(await corrected.body()).toEqual(
      await (await request.get(`/checks/${claim.slug}`)).body(),
    );
    // The old ETag no longer matches: a client holding it gets the corrected page.
    const revalidated = await request.get(`${second}/checks/${claim.slug}`, {
      headers: { "if-none-match": etag },
    });
    expect(revalidated.status()).toBe(200);
    // Revision 1 is the page readers saw before the correction, byte for byte, on both.
    await expect
      .poll(async () => (await request.get(`${second}/corrections`)).text())
      .toContain("We first used the 2023 survey instead of the 2025 one.");
    const old = await request.get(`${second}/checks/${claim.slug}/revisions/1`);
    expect(old.status()).toBe(200);
    expect(old.headers().etag).toBe(etag);
    expect(old.headers()["x-robots-tag"]).toBe("noindex");
    expect(await old.body()).toEqual(await first.body());

    await reviewer.reload();
    const withdraw = reviewer.getByRole("form", { name: "Withdraw fact-check" });
    await withdraw.getByLabel(/reason/).fill("The interview was with a different minister.");
    await withdraw.getByRole("button", { name: /Withdraw/ }).click();
    await expect(reviewer.getByTestId("claim-status")).toHaveText("Approved");
    await expect
      .poll(async () => (await request.get(`${second}/checks/${claim.slug}`)).status())
      .toBe(410);
    const gone = await request.get(`${second}/checks/${claim.slug}`);
    expect(await gone.text()).toContain("The interview was with a different minister.");
    expect((await request.get(`${second}/checks/${claim.slug}/revisions/1`)).status()).toBe(410);
    expect((await request.get(`${second}/checks/no-such-check`)).status()).toBe(404);
    await expect
      .poll(async () => (await request.get(`${second}/checks`)).text())
      .not.toContain(claim.canonicalText);
  } finally {
    killTree(server);
  }
});
