import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, type E2EUserKey } from "./users";

export async function signIn(page: Page, who: E2EUserKey, password = E2E_PASSWORD): Promise<void> {
  await page.goto("/signin");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(E2E_USERS[who].email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText(E2E_USERS[who].name);
}

/** A page in a browser context of its own, signed in as `who`. */
export async function pageFor(browser: Browser, who: E2EUserKey): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

export const test = base;
export { expect, E2E_USERS, E2E_PASSWORD };
