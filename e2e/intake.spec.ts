import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, signIn } from "./fixtures";
import { insertArticle } from "./claims";

/** Selects `words` inside the article text (or the quote in context), as a mouse drag would. */
async function selectInArticle(page: Page, words: string, testId = "article-text") {
  await page.getByTestId(testId).evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the article text`);
  }, words);
}

test("an editor clips a span on the triage page (and a sentence with the keyboard) and finds it in the queue", async ({
  page,
}) => {
  const word = `quokka${Date.now().toString(36)}`;
  const detected = "Crime fell by 12 per cent in the district since 2020.";
  const missed = `The ${word} colony on the island grew to 4,000 animals in 2025.`;
  const third = `Our ${word} shelter took in 350 injured animals last winter.`;
  const { articleId } = await insertArticle({
    text: `Interview ${word}\n\nQ: What changed?\nA: ${detected} ${missed}\n\nQ: And the shelter?\nA: ${third}\n`,
    speakerName: `Ranger ${word}`,
    claims: [{ quote: detected, status: "CANDIDATE" }],
  });
  await signIn(page, "editor");
  await page.goto(`/import/${articleId}`);

  const clip = page.getByRole("toolbar", { name: "Clip a claim" });
  await expect(clip.getByRole("button", { name: "Add as claim" })).toBeDisabled();
  await selectInArticle(page, ` ${missed}\n`);
  await expect(page.getByTestId("clip-selection")).toHaveText(`“${missed}”`);
  await clip.getByRole("button", { name: "Add as claim" }).click();
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.getByTestId("clip-quote")).toHaveText(missed);
  await expect(form.getByLabel(/canonical text/)).not.toHaveValue("");
  await form.getByRole("button", { name: "Add to queue" }).click();
  await expect(page.getByTestId("clip-message")).toContainText("Added to the queue.");
  await expect(form).toHaveCount(0);
  // The clipped passage is now marked in the article like the detected ones.
  await expect(page.getByTestId("article-text").locator("mark", { hasText: missed })).toHaveCount(
    1,
  );

  // The keyboard way: the sentence list, "Add" on the third sentence.
  await page.getByText("Sentences — add one as a claim").click();
  const sentences = page.getByRole("list", { name: "Sentences of the article" });
  await sentences
    .getByRole("listitem")
    .filter({ hasText: third })
    .getByRole("button", { name: /Add sentence \d+ as a claim/ })
    .click();
  await expect(form.getByTestId("clip-quote")).toHaveText(third);
  await expect(form.getByLabel(/canonical text/)).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("clip-message")).toContainText("Added to the queue.");
  await expect(sentences.getByRole("listitem").filter({ hasText: missed })).toContainText("claim");

  // Selecting it again is refused with a message.
  await selectInArticle(page, missed);
  await clip.getByRole("button", { name: "Add as claim" }).click();
  await expect(page.getByTestId("clip-message")).toContainText(
    "already a claim of this article (queued)",
  );

  await page.goto(`/queue?q=${word}`);
  const rows = page.getByTestId("queue-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "4,000 animals" })).toHaveAttribute("data-status", "QUEUED");
  await rows.filter({ hasText: "4,000 animals" }).getByRole("link").first().click();
  await expect(page.getByTestId("history")).toContainText("clipped the claim from the article");

  // The quote in context clips too: the sentence before it is the detected candidate, exactly.
  await selectInArticle(page, detected, "quote-context");
  await page
    .getByRole("toolbar", { name: "Clip a claim" })
    .getByRole("button", { name: "Add as claim" })
    .click();
  await expect(page.getByTestId("clip-message")).toContainText(
    "already a candidate of this article; accept it from the list",
  );
});

test("an editor corrects an article's speaker and sees the candidates detected again", async ({
  page,
}) => {
  const story = readFileSync(
    join(process.cwd(), "lib/import/detect/__tests__/speaker-guess/reported-two-speakers.txt"),
    "utf8",
  );
  const hers = "The city has built fewer than 300 affordable homes in the last five years,";
  const { articleId } = await insertArticle({
    text: `${story}\nE2E ${Date.now()}\n`,
    speakerName: `Sarah Lindqvist`,
    claims: [{ quote: hers, status: "CANDIDATE" }],
  });
  await signIn(page, "editor");
  await page.goto(`/import/${articleId}`);
  await expect(page.getByTestId("import-speaker")).toHaveText("Sarah Lindqvist");
  const candidates = page.getByRole("region", { name: "Candidates" }).getByTestId("candidate");
  await expect(candidates).toHaveCount(1);

  await page.getByText("Wrong speaker? Correct it, or re-run detection").click();
  const form = page.getByRole("form", { name: "Correct the speaker" });
  await form.getByRole("combobox", { name: "Speaker" }).selectOption({ label: "New speaker…" });
  await form.getByLabel("Name", { exact: true }).fill("Daniel Okoye");
  await form.getByRole("button", { name: "Change speaker and detect again" }).click();
  await expect(page.getByTestId("speaker-message")).toContainText(
    /The speaker is now Daniel Okoye: 1 candidate replaced by \d+ new candidates/,
  );
  await expect(page.getByTestId("import-speaker")).toHaveText("Daniel Okoye");
  await expect(
    candidates.filter({ hasText: "1,200 homes had been completed since 2020" }),
  ).toHaveCount(1);
  await expect(candidates.filter({ hasText: "fewer than 300" })).toHaveCount(0);

  await page.getByRole("button", { name: "Re-run detection" }).click();
  await expect(page.getByTestId("speaker-message")).toHaveText("Detection found 0 new candidates.");
});

test("an editor adds a claim said on TV; it is queued with where and when it was said", async ({
  page,
}) => {
  const word = `wombat${Date.now().toString(36)}`;
  await signIn(page, "editor");
  await page
    .getByRole("navigation", { name: "Desk" })
    .getByRole("link", { name: "Add claim" })
    .click();
  const form = page.getByRole("form", { name: "Add a claim" });
  await form
    .getByRole("combobox", { name: "Speaker", exact: true })
    .selectOption({ label: "New speaker…" });
  await form.getByLabel("Speaker's name").fill(`Minister ${word}`);
  await form.getByLabel(/^Quote/).fill(`We opened 14 new ${word} clinics in 2025.`);
  await form.getByLabel("Said on").selectOption({ label: "TV" });
  await form.getByLabel(/^Outlet/).fill("Channel 9");
  await form.getByLabel(/^URL/).fill("javascript:alert(1)");
  await form.getByLabel(/^Date said/).fill("2026-03-02");
  await form.getByLabel(/^Time in the recording/).fill("0:12:31:00");
  await form.getByRole("button", { name: "Add to queue" }).click();
  await expect(form.getByText("Use a full address starting with https://")).toBeVisible();
  await expect(form.getByText("Use HH:MM:SS or MM:SS, e.g. 00:12:31")).toBeVisible();
  await form.getByLabel(/^URL/).fill("https://tv.example.org/evening-news");
  await form.getByLabel(/^Time in the recording/).fill("00:12:31");
  await form.getByRole("button", { name: "Add to queue" }).click();
  await expect(page).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("claim-status")).toHaveText("Queued");
  await expect(page.getByTestId("claim-appearance")).toContainText(
    "Channel 9 (TV, at 00:12:31) · 2026-03-02",
  );

  await page.goto(`/queue?q=${word}`);
  await expect(page.getByTestId("queue-row")).toHaveCount(1);
  await expect(page.getByTestId("queue-row")).toContainText("Channel 9");
});

test("a viewer gets neither the add-claim page nor an article's triage page with its clip tools", async ({
  page,
}) => {
  const { articleId } = await insertArticle({
    text: `Nothing to see ${Date.now()}. The end.`,
    speakerName: "Quiet Person",
  });
  await signIn(page, "viewer");
  await expect(
    page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Add claim" }),
  ).toHaveCount(0);
  expect((await page.goto("/claims/new"))?.status()).toBe(404);
  expect((await page.goto(`/import/${articleId}`))?.status()).toBe(404);
});
