import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, signIn } from "./fixtures";

// A seed interview with a unique last line: the harness already imported the seed itself.
const article = () =>
  `${readFileSync(join(process.cwd(), "seeds", "002_34595583d5d3bf34.txt"), "utf8")}\n\nE2E copy ${Date.now()}\n`;

test("an editor imports an article, accepts two candidates and dismisses one", async ({ page }) => {
  await signIn(page, "editor");
  await page
    .getByRole("navigation", { name: "Desk" })
    .getByRole("link", { name: "Import" })
    .click();
  const form = page.getByRole("form", { name: "Import article" });
  await form.getByLabel(/^File/).setInputFiles({
    name: "interview.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(article()),
  });
  await form.getByLabel("Outlet").fill("The Times of Israel");
  await form.getByLabel("Title").fill("Russian envoy interview (e2e)");
  await form.getByLabel(/^Published/).fill("2022-01-26");
  await form
    .getByLabel("Speaker")
    .selectOption({ label: "Anatoly Viktorov — Russian Ambassador to Israel" });
  await form.getByRole("button", { name: "Import and detect claims" }).click();

  await expect(page).toHaveURL(/\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Russian envoy interview (e2e)" })).toBeVisible();
  const marks = page.getByTestId("article-text").locator("mark");
  expect(await marks.count()).toBeGreaterThan(3);

  const board = page.getByRole("region", { name: "Candidates" });
  const candidates = board.getByTestId("candidate");
  const total = await candidates.count();
  expect(total).toBeGreaterThan(3);
  const firstText = await candidates.nth(0).getByLabel("Canonical text").inputValue();
  await candidates.nth(0).getByRole("checkbox").check();
  await candidates.nth(1).getByRole("checkbox").check();
  await board.getByRole("button", { name: "Accept selected (2)" }).click();
  await expect(board.getByRole("status")).toHaveText("Accepted 2 claims to the queue.");
  await expect(candidates).toHaveCount(total - 2);

  const dismissed = await candidates.nth(0).getByLabel("Canonical text").inputValue();
  await candidates.nth(0).getByRole("button", { name: "Dismiss", exact: true }).click();
  await expect(board.getByRole("status")).toHaveText("Dismissed 1 claim.");
  await expect(candidates).toHaveCount(total - 3);

  const filters = page.getByRole("navigation", { name: "Filter candidates" });
  await filters.getByRole("link", { name: "Dismissed (1)" }).click();
  await expect(candidates).toHaveCount(1);
  await expect(candidates.first()).toContainText(dismissed);
  await expect(candidates.first().getByTestId("candidate-status")).toContainText("Dismissed");

  await filters.getByRole("link", { name: "Accepted (2)" }).click();
  await expect(candidates).toHaveCount(2);
  await expect(candidates.first()).toContainText(firstText);
  await expect(candidates.first().getByTestId("candidate-status")).toContainText("Queued");

  // The accepted claim's workspace says why it was picked and where it came from.
  await candidates.first().getByRole("link", { name: "open claim" }).click();
  await expect(page).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("claim-title")).toHaveText(firstText);
  await expect(page.getByTestId("claim-reasons")).toContainText("Check-worthiness:");
  const history = page.getByTestId("history");
  await expect(history.locator("li").first()).toContainText(
    "imported the article it was found in: The Times of Israel: Russian envoy interview (e2e)",
  );
  await expect(history.locator("li").nth(1)).toContainText("accepted the claim into the queue");
});

test("with no speaker named, the importer takes the person the article quotes most", async ({
  page,
}) => {
  const text = readFileSync(
    join(process.cwd(), "lib/import/detect/__tests__/speaker-guess/reported-two-speakers.txt"),
    "utf8",
  );
  await signIn(page, "editor");
  await page.goto("/import");
  const form = page.getByRole("form", { name: "Import article" });
  await form.getByLabel(/^File/).setInputFiles({
    name: "housing.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`${text}\nE2E ${Date.now()}\n`),
  });
  await form.getByLabel("Outlet").fill("Riverton Gazette");
  await form.getByLabel("Title").fill("Mayor defends housing plan (e2e)");
  await form.getByLabel("Speaker").selectOption({ label: "New speaker…" });
  await form.getByRole("button", { name: "Import and detect claims" }).click();
  await expect(page).toHaveURL(/\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("import-speaker")).toHaveText("Daniel Okoye");
  const candidates = page.getByRole("region", { name: "Candidates" }).getByTestId("candidate");
  await expect(candidates.filter({ hasText: "The mayor rejected that claim" })).toHaveCount(1);
  await expect(candidates.filter({ hasText: "fewer than 300 affordable homes" })).toHaveCount(0);
});

test("a file with no quotes by the speaker is refused with a form error", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/import");
  const form = page.getByRole("form", { name: "Import article" });
  await form
    .getByLabel(/paste the text/)
    .fill(`The weather was mild on Tuesday. Nobody said anything. ${Date.now()}`);
  await form.getByLabel("Outlet").fill("Nowhere News");
  await form.getByLabel("Title").fill("Nothing said");
  await form.getByRole("button", { name: "Import and detect claims" }).click();
  await expect(form.getByRole("alert")).toContainText("No quotes by Anatoly Viktorov");
  await expect(page).toHaveURL(/\/import$/);
});

test("a viewer cannot open the import screen or post an import", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(
    page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Import" }),
  ).toHaveCount(0);
  const res = await page.goto("/import");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("form", { name: "Import article" })).toHaveCount(0);
  const post = await page.request.post("/api/import", {
    headers: { origin: new URL(page.url()).origin },
    multipart: {
      outlet: "X",
      title: "Y",
      url: "",
      published: "",
      language: "en",
      note: "",
      speakerId: "",
      speakerName: "Z",
      speakerTitle: "",
      speakerAliases: "",
      pastedText: "text",
    },
  });
  expect(post.status()).toBe(403);
});

test("signed out, /import redirects to sign-in", async ({ page }) => {
  await page.goto("/import");
  await expect(page).toHaveURL(/\/signin/);
});
