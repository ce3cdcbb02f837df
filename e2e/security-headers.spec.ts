// Defence in depth: a CSP with no inline script but this request's nonce on desk pages and none
// at all on static public pages; mutating API routes refuse other sites; next-auth still works.
import { test, expect, signIn } from "./fixtures";
import { insertApprovedClaim } from "./published";

const scriptSrc = (csp: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

test("desk pages and sign-in: scripts only with this request's nonce, and the pages still work", async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const first = await request.get("/signin");
  const second = await request.get("/signin");
  const [a, b] = [first, second].map((r) =>
    scriptSrc(r.headers()["content-security-policy"] ?? ""),
  );
  expect(a).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(a).not.toContain("unsafe-inline");
  expect(a).not.toEqual(b);
  const nonce = a.match(/'nonce-([^']+)'/)![1];
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => !t.includes("application/ld+json"));
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  await signIn(page, "editor"); // the form hydrates and posts: its scripts ran under the policy
  const desk = await page.goto("/queue");
  const deskPolicy = scriptSrc(desk!.headers()["content-security-policy"] ?? "");
  expect(deskPolicy).toMatch(/'nonce-/);
  expect(deskPolicy).not.toContain("unsafe-inline");
  await expect(page.getByRole("button", { name: "Take next" })).toBeVisible();
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test("static public pages: no script may run, the JSON-LD is data and the page reads fine", async ({
  page,
  browser,
}) => {
  const check = await insertApprovedClaim();
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, "reviewer");
  await reviewer.goto(`/publish/${check.id}`);
  await reviewer
    .getByRole("form", { name: "Publish verdict" })
    .getByRole("button", { name: "Publish" })
    .click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Published");
  for (const path of ["/checks", "/corrections", "/methodology", `/checks/${check.slug}`]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    const policy = scriptSrc(res.headers()["content-security-policy"] ?? "");
    expect(policy, path).toBe("script-src 'none'");
  }
  await page.goto(`/checks/${check.slug}`);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Corrections" }).click();
  await expect(page).toHaveURL(/\/corrections$/);
});

test("over http (this test server) there is no HSTS", async ({ page }) => {
  const res = await page.request.get("/checks");
  expect(res.headers()["strict-transport-security"]).toBeUndefined();
});

test("mutating API routes refuse requests from another site with 403, and next-auth still signs in", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "reviewer"); // next-auth's own POSTs (sign-in) pass
  const evil = { origin: "https://evil.example" };
  for (const [path, body] of [
    ["/api/queue/take-next", undefined],
    ["/api/import", { multipart: { pastedText: "x" } }],
  ] as const) {
    const cross = await page.request.post(path, { headers: evil, ...(body ?? {}) });
    expect(cross.status(), path).toBe(403);
    expect((await cross.json()).error).toMatch(/did not come from a Claimdesk page/);
    const noOrigin = await page.request.post(path, { ...(body ?? {}) });
    expect(noOrigin.status(), `${path} without Origin`).toBe(403);
    const nullOrigin = await page.request.post(path, { headers: { origin: "null" } });
    expect(nullOrigin.status(), `${path} with Origin null`).toBe(403);
  }
  for (const method of ["put", "patch", "delete"] as const) {
    expect(
      (await page.request[method]("/api/queue/take-next", { headers: evil })).status(),
      method,
    ).toBe(403);
  }
  const same = await page.request.post("/api/queue/take-next", {
    headers: { origin: new URL(baseURL!).origin },
  });
  expect(same.status()).toBe(200);
  // Reads stay open to links from elsewhere.
  expect((await page.request.get("/api/export?format=csv", { headers: evil })).status()).toBe(200);
});
