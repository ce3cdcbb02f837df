// /api/docs renders the OpenAPI document in Chromium from this server alone: no request leaves
// the origin, and the page's CSP refuses nothing it needs.
import { expect, test } from "./fixtures";

test("the API reference lists the operations, loads nothing from elsewhere, breaks no CSP rule", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  const violations: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) elsewhere.push(r.url());
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/api/docs");
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
  await expect(
    page.getByRole("button", { name: /List claims with the queue's filters .* HTTP Method: GET/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("button", { name: /Make a workflow move .* HTTP Method: POST/ }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /^checks/ })).toBeVisible();
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);
});
