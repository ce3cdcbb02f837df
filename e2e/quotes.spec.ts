// What readers see of the words checked: the speaker's own words in quotation marks, reported
// speech labelled as reported and never in marks — on the page and in its ClaimReview.
import type { Browser, Page } from "@playwright/test";
import { test, expect, signIn } from "./fixtures";
import { insertApprovedClaim } from "./published";

async function publish(browser: Browser, claimId: string): Promise<void> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "reviewer");
  await page.goto(`/publish/${claimId}`);
  await page
    .getByRole("form", { name: "Publish verdict" })
    .getByRole("button", { name: "Publish" })
    .click();
  await expect(page.getByTestId("claim-status")).toHaveText("Published");
  await page.context().close();
}

async function read(
  browser: Browser,
  slug: string,
): Promise<{ page: Page; appearanceText?: string }> {
  const page = await (await browser.newContext()).newPage();
  expect((await page.goto(`/checks/${slug}`))?.status()).toBe(200);
  const review = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  );
  return { page, appearanceText: review.itemReviewed.appearance.text };
}

test("direct quote: only the speaker's words in marks, the reporter's tag left out", async ({
  browser,
}) => {
  const claim = await insertApprovedClaim({
    attribution: "direct-quote",
    quote: (tag) => `'We paid 2.6 zloty for ${tag},' he said.`,
    articleText: (quote) =>
      `The farmers met the minister.\n\n${quote} 'Nobody lives on that,' he added. 'Ask anyone.'`,
  });
  await publish(browser, claim.id);
  const { page, appearanceText } = await read(browser, claim.slug);
  const block = page.locator("blockquote[data-quote-type=direct]");
  await expect(block).toHaveText(/^“We paid 2\.6 zloty for \w+”$/);
  await expect(page.getByText("he said")).toHaveCount(0);
  expect(appearanceText).toMatch(/^We paid 2\.6 zloty for \w+$/);
});

test("reported speech: 'Reported by <outlet>', never inside quotation marks", async ({
  browser,
}) => {
  const claim = await insertApprovedClaim({
    attribution: "reported",
    quote: (tag) => `The minister said youth unemployment fell by half in ${tag}.`,
  });
  await publish(browser, claim.id);
  const { page, appearanceText } = await read(browser, claim.slug);
  await expect(page.locator("blockquote")).toHaveCount(0);
  const reported = page.locator("p.reported[data-quote-type=reported]");
  await expect(reported).toHaveText(`Reported by Capital Radio: ${claim.quote}`);
  await expect(reported).not.toContainText("“");
  expect(appearanceText).toBeUndefined();
});

test("transcript: the answer turn is shown as a quotation", async ({ browser }) => {
  const claim = await insertApprovedClaim({ attribution: "qa-answer" });
  await publish(browser, claim.id);
  const { page, appearanceText } = await read(browser, claim.slug);
  await expect(page.locator("blockquote[data-quote-type=transcript]")).toHaveText(
    `“${claim.quote}”`,
  );
  expect(appearanceText).toBe(claim.quote);
});
