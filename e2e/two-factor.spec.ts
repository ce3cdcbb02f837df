// Two-factor sign-in in the browser: enrol from the QR page's key, sign in with password + code,
// a recovery code works once, the admin setting holds a reviewer without it to the setup page,
// and an admin's reset signs the user out.
import pg from "pg";
import { generate } from "otplib";
import { test, expect, signIn, E2E_USERS, E2E_PASSWORD } from "./fixtures";
import type { Page } from "@playwright/test";

test.describe.configure({ mode: "serial" });

let secret = "";
let recoveryCodes: string[] = [];

// The code of the step after the current one: valid now (one step of drift is allowed either
// way) and newer than the step enrolment used, so nothing waits for the clock.
const nextCode = () => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

/** Email and password of the two-factor user, up to the code step (no session yet). */
async function passwordStep(page: Page) {
  await page.goto("/signin");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(E2E_USERS.twoFactor.email);
  await form.getByLabel("Password").fill(E2E_PASSWORD);
  await form.getByRole("button", { name: "Sign in" }).click();
  const codeForm = page.getByRole("form", { name: "Two-factor code" });
  await expect(codeForm).toBeVisible();
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  return codeForm;
}

/** Both steps; `code` is a current code or a recovery code. */
async function signInWithCode(page: Page, code: string) {
  const codeForm = await passwordStep(page);
  await codeForm.getByLabel("Code from your authenticator app, or a recovery code").fill(code);
  await codeForm.getByRole("button", { name: "Verify" }).click();
  return codeForm;
}

const signedInAsTwoFactorUser = (page: Page) =>
  expect(page.getByTestId("whoami")).toContainText(E2E_USERS.twoFactor.name);

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

test.afterAll(async () => {
  // Whatever happened above, later specs sign in without two-factor.
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client.query(`delete from settings where key = 'security'`);
  await client.end();
});

test("enrol by QR page, then sign in with password and a code; the password alone is not enough", async ({
  page,
}) => {
  await signIn(page, "twoFactor");
  await page.getByTestId("whoami").click();
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const qr = page.getByRole("img", { name: "QR code for your authenticator app" });
  await expect(qr).toHaveAttribute("src", /^data:image\/png;base64,/);
  // Drawn under the desk's Content-Security-Policy (img-src allows data:, no script involved).
  await expect
    .poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  secret = ((await page.getByTestId("two-factor-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  const confirm = page.getByRole("form", { name: "Confirm two-factor sign-in" });
  await confirm.getByLabel("The 6-digit code the app shows now").fill("000000");
  await confirm.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(confirm.getByRole("alert")).toContainText("That code is not right");
  await confirm.getByLabel("The 6-digit code the app shows now").fill(await generate({ secret }));
  await confirm.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  recoveryCodes = (await codes.allTextContents()).map((c) => c.trim());

  // Shown once: the page now says it is on and shows neither the key nor the codes.
  await page.reload();
  await expect(page.getByTestId("two-factor-status")).toContainText("10 of 10 recovery codes left");
  await expect(page.getByTestId("two-factor-secret")).toHaveCount(0);
  await expect(page.getByTestId("recovery-codes")).toHaveCount(0);

  await signOut(page);
  await signInWithCode(page, await nextCode());
  await signedInAsTwoFactorUser(page);
});

test("a recovery code signs in once; the second use is refused", async ({ page }) => {
  const [code] = recoveryCodes;
  await signInWithCode(page, code!);
  await signedInAsTwoFactorUser(page);
  await signOut(page);

  const codeForm = await signInWithCode(page, code!);
  await expect(codeForm.getByRole("alert")).toContainText(
    "That code is not right or was already used",
  );
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
});

test("with two-factor required, a reviewer without it is held to the setup page", async ({
  page,
  browser,
}) => {
  // The enrolled admin turns the setting on (signing in with another recovery code).
  await signInWithCode(page, recoveryCodes[1]!);
  await signedInAsTwoFactorUser(page);
  await page.goto("/admin/settings");
  const setting = page.getByRole("form", { name: "Sign-in security" });
  await setting.getByLabel("Require two-factor for ADMIN and REVIEWER").check();
  await setting.getByRole("button", { name: "Save sign-in security" }).click();
  await expect(setting.getByRole("status")).toHaveText(
    "Two-factor sign-in is now required for admins and reviewers.",
  );

  const other = await browser.newContext();
  const held = await other.newPage();
  await signIn(held, "heldReviewer");
  await expect(held).toHaveURL(/\/account\/two-factor$/);
  await expect(held.getByTestId("two-factor-required")).toBeVisible();
  await held.goto("/queue");
  await expect(held).toHaveURL(/\/account\/two-factor$/);
  await expect(
    held.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Queue" }),
  ).toHaveCount(0);
  // Route handlers answer through the same gate.
  expect((await held.request.get("/api/export?format=json")).status()).toBe(403);
  await other.close();

  await page.goto("/admin/settings");
  await setting.getByLabel("Require two-factor for ADMIN and REVIEWER").uncheck();
  await setting.getByRole("button", { name: "Save sign-in security" }).click();
  await expect(setting.getByRole("status")).toHaveText("Two-factor sign-in is no longer required.");
  await page.goto("/admin/security");
  await expect(
    page
      .getByRole("table", { name: "Security events" })
      .getByRole("row")
      .filter({ hasText: "twofactor.required" }),
  ).toHaveCount(2);
});

test("an admin resets a user's two-factor (lost phone): their sessions end", async ({
  page,
  browser,
}) => {
  const other = await browser.newContext();
  const user = await other.newPage();
  await signInWithCode(user, recoveryCodes[2]!);
  await signedInAsTwoFactorUser(user);

  await signIn(page, "admin");
  await page.goto("/admin");
  const row = page.getByTestId(`user-${E2E_USERS.twoFactor.email}`);
  await expect(row.getByTestId("two-factor")).toHaveText(/^on\b/);
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Reset two-factor" }).click();
  await expect(row.getByRole("button", { name: "Reset two-factor" })).toHaveCount(0);
  await expect(row.getByTestId("two-factor")).toHaveText("off");

  await user.goto("/desk");
  await expect(user).toHaveURL(/\/signin/);
  await signIn(user, "twoFactor"); // the password alone again
  await other.close();
});
