import { test, expect, signIn } from "./fixtures";

const PAGES: [string, string | RegExp][] = [
  ["/desk", "Dashboard"],
  ["/queue", "Queue"],
  ["/import", "Import an article"],
  ["/reports", "Reports"],
  ["/publish", "Publishing"],
  ["/admin", "Admin"],
  ["/admin/settings", "Settings"],
  ["/inbox", "Inbox"],
  ["/account", "Your account"],
  ["/checks", "Fact-checks"],
  // The e2e setup names the organisation (the publish checklist): its name is in the heading.
  ["/methodology", /^How .+ checks claims$/],
];

test("every screen renders for an admin", async ({ page }) => {
  await signIn(page, "admin");
  for (const [path, heading] of PAGES) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toHaveText(heading);
  }
});
