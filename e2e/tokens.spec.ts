// Access tokens in the browser: a user creates one for themselves under Account (shown once, with
// a copy button), uses it on /api/v1, and revokes it; an admin manages every user's tokens under
// Admin → Access tokens; nobody else reaches that page.
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, signIn, E2E_USERS } from "./fixtures";

/** A scope's checkbox: its label starts with the scope's name. */
const scopeLabel = (scope: string) => new RegExp(`^${scope} `);

const listClaims = (request: APIRequestContext, token: string) =>
  request.get("/api/v1/claims", { headers: { authorization: `Bearer ${token}` } });

async function expectRevokedAnswer(request: APIRequestContext, token: string) {
  const refused = await listClaims(request, token);
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect((await refused.json()).detail).toMatch(/revoked/);
}

/** Fills and submits the token form; returns the token the page shows once. */
async function createToken(page: Page, name: string, scopes: string[], forUser?: string) {
  const form = page.getByRole("form", { name: "Create access token" });
  if (forUser) await form.getByLabel("For user").selectOption({ label: forUser });
  await form.getByLabel("Name (what uses it)").fill(name);
  for (const box of await form.getByRole("checkbox").all()) await box.setChecked(false);
  for (const scope of scopes) await form.getByRole("checkbox", { name: scopeLabel(scope) }).check();
  await form.getByLabel("Expires after").selectOption({ label: "30 days" });
  await form.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByRole("region", { name: "New access token" });
  await expect(shown).toContainText(`Token “${name}” created`);
  const token = (await shown.getByTestId("new-token").textContent()) ?? "";
  expect(token).toMatch(/^cdk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
  return token;
}

test("a user creates a token for themselves, uses it on the API and revokes it", async ({
  page,
  request,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "editor");
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Access tokens" });
  // An editor's role allows read, claims:write and import, not publish.
  const form = section.getByRole("form", { name: "Create access token" });
  await expect(form.getByRole("checkbox")).toHaveCount(3);
  await expect(form.getByRole("checkbox", { name: scopeLabel("publish") })).toHaveCount(0);

  const name = `e2e CMS ${Date.now()}`;
  const token = await createToken(page, name, ["read"]);
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const listed = await listClaims(request, token);
  expect(listed.status()).toBe(200);
  expect(Array.isArray((await listed.json()).items)).toBe(true);

  // Shown once: after a reload the list has the token (last used now), never its secret.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  const row = section.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("read");
  await expect(row).toContainText("active");
  await expect(row.getByRole("cell").nth(3)).not.toHaveText("never"); // last used

  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  await expectRevokedAnswer(request, token);
});

test("a viewer may give a token only the read scope", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Create access token" });
  await expect(form.getByRole("checkbox")).toHaveCount(1);
  await expect(form.getByRole("checkbox", { name: scopeLabel("read") })).toBeVisible();
});

test("an admin creates a token for a user, sees everyone's and revokes one", async ({
  page,
  request,
}) => {
  await signIn(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Access tokens" }).click();
  await expect(page.getByRole("heading", { name: "Access tokens", level: 1 })).toBeVisible();
  const reviewer = E2E_USERS.reviewer;
  const name = `e2e monitoring ${Date.now()}`;
  const token = await createToken(
    page,
    name,
    ["read", "publish"],
    `${reviewer.name} <${reviewer.email}> (reviewer)`,
  );
  expect((await listClaims(request, token)).status()).toBe(200);

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(reviewer.email);
  await expect(row).toContainText("read, publish");
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
  await expectRevokedAnswer(request, token);
});

test("only admins open Admin → Access tokens", async ({ page }) => {
  for (const who of ["viewer", "editor", "reviewer"] as const) {
    await page.context().clearCookies();
    await signIn(page, who);
    const res = await page.goto("/admin/tokens");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Access tokens" })).toHaveCount(0);
  }
});
