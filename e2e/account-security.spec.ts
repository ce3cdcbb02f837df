import { test, expect, signIn, E2E_USERS, E2E_PASSWORD } from "./fixtures";

const OPEN_REDIRECTS = [
  "/%5Cevil.example/x",
  "/%09/evil.example/x",
  "//evil.example",
  "https://evil.example",
  "/\\evil.example",
  "javascript:alert(1)",
];

async function signInAt(page: import("@playwright/test").Page, url: string) {
  await page.goto(url);
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(E2E_USERS.viewer.email);
  await form.getByLabel("Password").fill(E2E_PASSWORD);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText(E2E_USERS.viewer.name);
}

for (const next of OPEN_REDIRECTS) {
  test(`next=${next} after sign-in stays on the site (desk home)`, async ({ page, context }) => {
    // Were the redirect to escape, the page would land here (no network needed).
    await context.route(
      (url) => url.hostname.endsWith("evil.example"),
      (route) => route.fulfill({ status: 200, body: "evil" }),
    );
    await signInAt(page, `/signin?next=${next}`);
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/desk$/);
  });
}

test("a same-site next after sign-in is followed", async ({ page }) => {
  await signInAt(page, "/signin?next=/queue?x=1");
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/queue\?x=1$/);
});

test("changing one's password signs out the other browser, not this one", async ({
  page,
  browser,
}) => {
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await signIn(elsewhere, "account");
  await signIn(page, "account");

  await page.getByTestId("whoami").click();
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill(E2E_PASSWORD);
  await form.getByLabel("New password (at least 12 characters)").fill("qwertyuiop123");
  await form.getByLabel("New password again").fill("qwertyuiop123");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(
    form
      .getByText("This password is on a list of common or breached passwords; choose another.")
      .first(),
  ).toBeVisible();

  await form.getByLabel("New password (at least 12 characters)").fill("plaid-otter-quarry-41");
  await form.getByLabel("New password again").fill("plaid-otter-quarry-41");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "Password changed. Signed out 1 other session.",
  );

  await elsewhere.goto("/desk");
  await expect(elsewhere).toHaveURL(/\/signin/);
  await page.goto("/desk");
  await expect(page.getByTestId("whoami")).toContainText(E2E_USERS.account.name);
  await other.close();
});

test("security events are listed for an admin, newest first, and hidden from others", async ({
  page,
}) => {
  await page.goto("/signin");
  const signin = page.getByRole("form", { name: "Sign in" });
  await signin.getByLabel("Email").fill("nobody-here@e2e.test");
  await signin.getByLabel("Password").fill("not-the-password");
  await signin.getByRole("button", { name: "Sign in" }).click();
  await expect(signin.getByRole("alert")).toHaveText("Wrong email or password.");

  await signIn(page, "reviewer");
  expect((await page.goto("/admin/security"))?.status()).toBe(404);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Security events" }).click();
  const table = page.getByRole("table", { name: "Security events" });
  const row = table.getByRole("row").filter({ hasText: "nobody-here@e2e.test" });
  await expect(row).toContainText("signin.failed");
  await expect(row).toContainText("account: unknown");
});
