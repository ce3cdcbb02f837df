// A claim from a Russian article reads in Cyrillic, marked as Russian, in the desk and on its
// published page; a speaker's Russian name and aliases are added on the speaker screen.
import { test, expect, signIn } from "./fixtures";
import { insertApprovedClaim, publishThroughDesk, reviewerPage } from "./published";

const QUOTE = (tag: string) =>
  `Около двух миллионов человек в Израиле говорят на русском языке (${tag}).`;

test("a Russian claim: Cyrillic with lang=ru in the desk, on the public page and in ClaimReview", async ({
  browser,
}) => {
  const claim = await insertApprovedClaim({
    language: "ru",
    speakerName: (tag) => `Анатолий Викторов ${tag}`,
    quote: QUOTE,
    articleText: (quote) => `— Сколько граждан Израиля говорят по-русски?\n\n— ${quote}`,
    canonicalText: (tag) => `В Израиле около двух миллионов русскоязычных (${tag})`,
  });
  const reviewer = await reviewerPage(browser);
  await reviewer.goto(`/claims/${claim.id}`);
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(claim.canonicalText);
  await expect(reviewer.getByTestId("quote-highlight")).toHaveText(claim.quote);
  await expect(reviewer.getByTestId("quote-context")).toHaveAttribute("lang", "ru");
  await expect(reviewer.getByTestId("claim-language")).toHaveText("Russian (ru)");
  await expect(reviewer.getByTestId("claim-appearance")).toContainText("Анатолий Викторов");

  await publishThroughDesk(reviewer, claim.id);
  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(`/checks/${claim.slug}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-type"]).toMatch(/charset=utf-8/i);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(claim.canonicalText);
  const quote = reader.locator("blockquote");
  await expect(quote).toHaveText(`“${claim.quote}”`);
  await expect(quote).toHaveAttribute("lang", "ru");
  await expect(reader.getByTestId("check-language")).toHaveText("Russian");
  const jsonLd = JSON.parse(
    (await reader.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  );
  expect(jsonLd.itemReviewed.appearance.inLanguage).toBe("ru");
  expect(jsonLd.itemReviewed.appearance.text).toBe(claim.quote);
});

test("the speaker screen: an editor adds the Russian name and aliases", async ({ page }) => {
  const claim = await insertApprovedClaim({ speakerName: (tag) => `Anatoly Viktorov ${tag}` });
  const tag = claim.slug.split("-").pop()!;
  await signIn(page, "editor");
  await page.goto("/speakers");
  await page.getByRole("link", { name: `Anatoly Viktorov ${tag}` }).click();
  const form = page.getByRole("form", { name: "Speaker names" });
  await expect(form.getByRole("textbox", { name: "Name 1", exact: true })).toHaveValue(
    `Anatoly Viktorov ${tag}`,
  );
  await form.getByRole("button", { name: "Add a language" }).click();
  await form.getByRole("textbox", { name: "Language 2", exact: true }).fill("xx");
  await form.getByRole("textbox", { name: "Name 2", exact: true }).fill(`Анатолий Викторов ${tag}`);
  await form
    .getByRole("textbox", { name: "Aliases 2", exact: true })
    .fill("Викторов, посол, дипломат");
  await form.getByRole("button", { name: "Save names" }).click();
  await expect(form.getByText('"xx" is not a language code')).toBeVisible();
  await form.getByRole("textbox", { name: "Language 2", exact: true }).fill("ru");
  await form.getByRole("button", { name: "Save names" }).click();
  await expect(form.getByRole("status")).toHaveText("Names saved.");
  await page.goto("/speakers");
  const row = page.getByTestId("speaker-row").filter({ hasText: `Anatoly Viktorov ${tag}` });
  await expect(row.locator('[lang="ru"]')).toHaveText(`Анатолий Викторов ${tag}`);
});

test("the speaker screen: a viewer reads the names but gets no form; signed out goes to sign-in", async ({
  browser,
}) => {
  const claim = await insertApprovedClaim({ speakerName: (tag) => `Envoy ${tag}` });
  const tag = claim.slug.split("-").pop()!;
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/speakers");
  await expect(anonymous).toHaveURL(/\/signin/);
  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, "viewer");
  await viewer.goto("/speakers");
  await viewer.getByRole("link", { name: `Envoy ${tag}` }).click();
  await expect(viewer.getByTestId("speaker-names")).toContainText(`Envoy ${tag}`);
  await expect(viewer.getByRole("form", { name: "Speaker names" })).toHaveCount(0);
});
