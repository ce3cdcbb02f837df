// Unauthorized access to exports: signed out → 401, viewer and editor → 403; reviewer streams.
import { test, expect, signIn } from "./fixtures";

test("signed-out export requests get 401", async ({ request }) => {
  const res = await request.get("/api/export?format=csv");
  expect(res.status()).toBe(401);
});

for (const who of ["viewer", "editor"] as const) {
  test(`${who} gets 403 from /api/export and no Reports link`, async ({ page }) => {
    await signIn(page, who);
    await expect(
      page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Reports" }),
    ).toHaveCount(0);
    const res = await page.request.get("/api/export?format=csv");
    expect(res.status()).toBe(403);
  });
}

test("reviewer exports CSV with a row count; bad filters get a clear 400", async ({ page }) => {
  await signIn(page, "reviewer");
  const ok = await page.request.get("/api/export?format=csv");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["x-row-count"]).toMatch(/^\d+$/);
  // UTF-8 with a byte-order mark (Excel reads Cyrillic right only with it).
  const bytes = await ok.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(
    "id,status,rating,claim,quote,quote_type,language,speaker,outlet,article_title,article_url,said_on,editor,reviewer,approved_at,published_at,conclusion,page_url,sources,corrections",
  );
  const bad = await page.request.get("/api/export?format=csv&from=2026-05-01&to=2026-04-01");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/date range is impossible/);
  const unknown = await page.request.get("/api/export?format=xlsx");
  expect(unknown.status()).toBe(400);

  await page.goto("/reports");
  const form = page.getByRole("form", { name: "Export report" });
  await form.getByLabel("Format").selectOption("json");
  await form.getByRole("button", { name: "Export" }).click();
  await expect(page.getByTestId("export-progress")).toContainText(/\d+ rows/);
});
