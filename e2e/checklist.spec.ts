// Before the first publish an admin fills in who the newsroom is; while an item is a
// placeholder the server refuses to publish and says what to fill in.
import type { Page } from "@playwright/test";
import { test, expect, signIn } from "./fixtures";
import { insertApprovedClaim } from "./published";

async function setLogo(admin: Page, value: string) {
  await admin.goto("/admin/settings");
  const form = admin.getByRole("form", { name: "Site settings" });
  await form.getByLabel("Organisation logo (image URL)").fill(value);
  await form.getByRole("button", { name: /Save/ }).click();
  await expect(form.getByRole("status")).toHaveText("Settings saved.");
}

test("publishing is refused while the checklist has a placeholder, and works once filled", async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto("/admin/settings");
  const checklist = admin.getByTestId("publish-checklist");
  await expect(checklist).toContainText("checks can be published");
  const logo = await admin
    .getByRole("form", { name: "Site settings" })
    .getByLabel("Organisation logo (image URL)")
    .inputValue();
  expect(logo).not.toBe("");

  const claim = await insertApprovedClaim();
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, "reviewer");
  try {
    await setLogo(admin, "");
    await admin.reload();
    await expect(checklist).toContainText(
      "Publishing is switched off until these are filled in: organisation logo.",
    );

    await reviewer.goto(`/publish/${claim.id}`);
    const form = reviewer.getByRole("form", { name: "Publish verdict" });
    await form.getByRole("button", { name: "Publish" }).click();
    await expect(form.getByRole("alert")).toContainText(
      "Publishing is switched off until an admin fills in, under Admin → Settings: organisation logo.",
    );
    await expect(reviewer.getByTestId("claim-status")).toHaveText("Approved");
  } finally {
    await setLogo(admin, logo);
  }
  await reviewer.goto(`/publish/${claim.id}`);
  await reviewer
    .getByRole("form", { name: "Publish verdict" })
    .getByRole("button", { name: "Publish" })
    .click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Published");
});
