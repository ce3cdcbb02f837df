// Publish an approved verdict, read it signed out (verdict + ClaimReview JSON-LD), correct it,
// see the correction note and the earlier version, withdraw it and get 410 Gone.
import type { Browser, Page } from "@playwright/test";
import { test, expect, signIn } from "./fixtures";
import { insertApprovedClaim } from "./published";

async function signedIn(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "reviewer");
  return page;
}

test("publish, read signed out, correct, withdraw", async ({ browser }) => {
  const claim = await insertApprovedClaim();
  const reviewer = await signedIn(browser);
  await reviewer.goto(`/publish/${claim.id}`);
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Approved");
  const publish = reviewer.getByRole("form", { name: "Publish verdict" });
  await publish.getByRole("button", { name: "Publish" }).click();
  // The action re-renders the page (the publish form gives way to the correction form), so
  // read the outcome from the page, not from the form's own message.
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Published");

  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(`/checks/${claim.slug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(claim.canonicalText);
  await expect(reader.locator(".verdict-box")).toContainText("Mostly false");
  await expect(reader.getByTestId("conclusion")).toHaveText(
    "Youth unemployment fell by a fifth, not by half.",
  );
  await expect(reader.getByText(claim.quote)).toBeVisible();
  // Raw HTML and javascript: links in the analysis never reach the page.
  await expect(reader.locator(".analysis script")).toHaveCount(0);
  await expect(reader.locator('.analysis a[href^="javascript"]')).toHaveCount(0);
  await expect(reader.getByRole("link", { name: /How we rate claims/ })).toHaveAttribute(
    "href",
    "/methodology",
  );

  const jsonLd = reader.locator('script[type="application/ld+json"]');
  await expect(jsonLd).toHaveCount(1);
  const review = JSON.parse((await jsonLd.textContent()) ?? "{}");
  expect(review["@type"]).toBe("ClaimReview");
  expect(review.claimReviewed).toBe(claim.canonicalText);
  expect(review.claimReviewed.length).toBeLessThan(75);
  expect(review.reviewRating).toMatchObject({
    alternateName: "Mostly false",
    ratingValue: 2,
    bestRating: 5,
    worstRating: 1,
  });
  expect(review.itemReviewed.author).toMatchObject({
    "@type": "Person",
    jobTitle: "Minister of Labour",
  });
  expect(review.itemReviewed.appearance.publisher.name).toBe("Capital Radio");
  expect(review.url).toMatch(new RegExp(`/checks/${claim.slug}$`));
  await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute("href", review.url);
  await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    /Mostly false/,
  );
  await expect(reader.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");

  await reviewer.reload();
  const correct = reviewer.getByRole("form", { name: "Correct verdict" });
  await correct.getByLabel("Rating").selectOption({ label: "False" });
  await correct.getByLabel(/Conclusion/).fill("Youth unemployment fell by a tenth, not by half.");
  await correct.getByRole("button", { name: "Publish correction" }).click();
  await expect(correct.locator(".field-error")).toContainText("correction note");
  await correct
    .getByLabel(/Public correction note/)
    .fill("We first used the 2023 survey instead of the 2025 one.");
  await correct.getByRole("button", { name: "Publish correction" }).click();
  await expect(correct.getByRole("status")).toContainText("revision 2");

  await reader.reload();
  await expect(reader.getByTestId("conclusion")).toHaveText(
    "Youth unemployment fell by a tenth, not by half.",
  );
  await expect(reader.getByTestId("correction")).toContainText(
    /Corrected on \d{1,2} \w+ \d{4}: We first used the 2023 survey/,
  );
  await reader.getByRole("link", { name: "see the earlier version" }).click();
  await expect(reader).toHaveURL(new RegExp(`/checks/${claim.slug}/revisions/1$`));
  await expect(reader.getByText("Youth unemployment fell by a fifth, not by half.")).toBeVisible();

  await reviewer.reload();
  const withdraw = reviewer.getByRole("form", { name: "Withdraw fact-check" });
  await withdraw.getByLabel(/reason/).fill("The interview was with a different minister.");
  await withdraw.getByRole("button", { name: /Withdraw/ }).click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Approved");
  const gone = await reader.request.get(`/checks/${claim.slug}`);
  expect(gone.status()).toBe(410);
  expect(await gone.text()).toContain("The interview was with a different minister.");

  // The public corrections log, reached from the site navigation, records both.
  await reader.goto("/checks");
  await reader
    .getByRole("navigation", { name: "Site" })
    .getByRole("link", { name: "Corrections" })
    .click();
  await expect(reader).toHaveURL(/\/corrections$/);
  const log = reader
    .getByTestId("corrections-log")
    .locator("li")
    .filter({ hasText: claim.canonicalText });
  await expect(log).toHaveCount(2);
  await expect(log.nth(0)).toHaveAttribute("data-kind", "withdrawal");
  await expect(log.nth(0)).toContainText("The interview was with a different minister.");
  await expect(log.nth(1)).toHaveAttribute("data-kind", "correction");
  await expect(log.nth(1)).toContainText("We first used the 2023 survey instead of the 2025 one.");
});

test("editors see no publish controls; an unknown fact-check is 404", async ({
  browser,
  request,
}) => {
  const claim = await insertApprovedClaim();
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(`/publish/${claim.id}`);
  await expect(editor.getByText("Only reviewers and admins publish")).toBeVisible();
  await expect(editor.getByRole("form", { name: "Publish verdict" })).toHaveCount(0);
  expect((await request.get(`/checks/${claim.slug}`)).status()).toBe(404);
  expect((await request.get("/checks/no-such-check")).status()).toBe(404);
});
