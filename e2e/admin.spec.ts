import { test, expect, signIn } from "./fixtures";

test("a viewer cannot open the admin screen", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(
    page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Admin" }),
  ).toHaveCount(0);
  const res = await page.goto("/admin");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Users" })).toHaveCount(0);
});

test("the server refuses an admin action from a viewer", async ({ page }) => {
  // Capture the admin page's server action id as an admin, then replay it as a viewer.
  await signIn(page, "admin");
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Create user" });
  await form.getByLabel("Email").fill(`made-by-admin-${Date.now()}@e2e.test`);
  await form.getByLabel("Name").fill("Made By Admin");
  await form.getByLabel(/Initial password/).fill("a-long-enough-password");
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    form.getByRole("button", { name: "Create user" }).click(),
  ]);
  await expect(form.getByRole("status")).toContainText("Created");
  const actionId = request.headers()["next-action"]!;
  const routerState = request.headers()["next-router-state-tree"];

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, "viewer");
  const email = `made-by-viewer-${Date.now()}@e2e.test`;
  const replay = await page.request.post("/admin", {
    headers: {
      "next-action": actionId,
      ...(routerState ? { "next-router-state-tree": routerState } : {}),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    data: JSON.stringify([
      { email, name: "Sneaky", role: "ADMIN", password: "a-long-enough-password" },
    ]),
  });
  const body = await replay.text();
  expect(body).toContain("FORBIDDEN");
  expect(body).not.toContain(email);

  // And the user really was not created: the admin list does not show it.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/); // let the sign-out navigation finish first
  await signIn(page, "admin");
  await page.goto("/admin");
  await expect(page.getByText("Made By Admin").first()).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
});

test("an admin creates a user, who signs in; deactivation ends their session at once", async ({
  browser,
}) => {
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, "admin");
  await adminPage.goto("/admin");
  const email = `new-editor-${Date.now()}@e2e.test`;
  const form = adminPage.getByRole("form", { name: "Create user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("New Editor");
  await form.getByLabel(/Initial password/).fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("Use at least 12 characters")).toBeVisible();
  await form.getByLabel(/Initial password/).fill("new-editor-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toContainText(`Created ${email}`);

  const userPage = await (await browser.newContext()).newPage();
  await userPage.goto("/signin");
  const signInForm = userPage.getByRole("form", { name: "Sign in" });
  await signInForm.getByLabel("Email").fill(email);
  await signInForm.getByLabel("Password").fill("new-editor-password");
  await signInForm.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage.getByTestId("whoami")).toContainText("New Editor");

  await adminPage.reload();
  await adminPage.getByTestId(`user-${email}`).getByRole("button", { name: "Deactivate" }).click();
  await expect(adminPage.getByTestId(`user-${email}`)).toContainText("Deactivated");

  await userPage.goto("/desk");
  await expect(userPage).toHaveURL(/\/signin/);
});
