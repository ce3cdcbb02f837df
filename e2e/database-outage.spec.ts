// Through a database outage published fact-checks keep answering (200 with their content) and
// withdrawn ones 410; desk pages answer a 503 "database unavailable" page; everything recovers
// when the database is back, without a restart. The outage: the database stops accepting
// connections and the app's open ones are ended (as a superuser, on the admin connection).
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { test, expect, signIn } from "./fixtures";
import { insertApprovedClaim } from "./published";

async function admin<T>(fn: (client: pg.Client, name: string) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client, process.env.E2E_DATABASE_NAME!);
  } finally {
    await client.end();
  }
}

const takeDatabaseAway = () =>
  admin(async (client, name) => {
    await client.query(`alter database "${name}" allow_connections false`);
    await client.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
      [name],
    );
  });
const bringDatabaseBack = () =>
  admin((client, name) => client.query(`alter database "${name}" allow_connections true`));

async function publish(reviewer: Page, claimId: string): Promise<void> {
  await reviewer.goto(`/publish/${claimId}`);
  await reviewer
    .getByRole("form", { name: "Publish verdict" })
    .getByRole("button", { name: "Publish" })
    .click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Published");
}

async function reviewerPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "reviewer");
  return page;
}

test("published pages survive a database outage, desk pages say so, and both recover", async ({
  browser,
  request,
}) => {
  const live = await insertApprovedClaim();
  const withdrawn = await insertApprovedClaim();
  const reviewer = await reviewerPage(browser);
  await publish(reviewer, live.id);
  await publish(reviewer, withdrawn.id);
  const withdraw = reviewer.getByRole("form", { name: "Withdraw fact-check" });
  await withdraw.getByLabel(/reason/).fill("Withdrawn before the outage.");
  await withdraw.getByRole("button", { name: /Withdraw/ }).click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Approved");
  expect((await request.get(`/checks/${live.slug}`)).status()).toBe(200); // rendered once, now cached
  expect((await request.get(`/checks/${withdrawn.slug}`)).status()).toBe(410);

  await takeDatabaseAway();
  try {
    // Desk pages notice within a few seconds and answer 503 with a plain explanation.
    await expect
      .poll(async () => (await reviewer.request.get("/queue")).status(), { timeout: 15_000 })
      .toBe(503);
    const desk = await reviewer.request.get("/queue");
    expect(await desk.text()).toMatch(/database unavailable/i);
    // Wait until the withdrawn list's refresh has failed, so answering below means answering
    // from the last list.
    await expect
      .poll(
        async () =>
          (await request.get(`/checks/${withdrawn.slug}`)).headers()["x-withdrawn-list"] ?? "",
        { timeout: 15_000 },
      )
      .toBe("last-known");
    for (let i = 0; i < 3; i++) {
      const page = await request.get(`/checks/${live.slug}`);
      expect(page.status()).toBe(200);
      expect(await page.text()).toContain(live.canonicalText);
      const gone = await request.get(`/checks/${withdrawn.slug}`);
      expect(gone.status()).toBe(410);
      expect(await gone.text()).toContain("Withdrawn before the outage.");
    }
  } finally {
    await bringDatabaseBack();
  }

  await expect
    .poll(async () => (await reviewer.request.get("/queue")).status(), { timeout: 15_000 })
    .toBe(200);
  await reviewer.goto("/queue");
  await expect(reviewer.getByTestId("whoami")).toBeVisible();
  expect((await request.get(`/checks/${live.slug}`)).status()).toBe(200);
  expect((await request.get(`/checks/${withdrawn.slug}`)).status()).toBe(410);
});
