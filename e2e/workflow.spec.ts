// The editorial workflow end to end: take → sources → submit → changes requested → resubmit →
// approve, with the history showing it all, and four eyes enforced by the server.
import type { Page } from "@playwright/test";
import { test, expect, pageFor, E2E_USERS } from "./fixtures";
import { insertQueuedClaim } from "./claims";

async function openAddSource(page: Page) {
  const form = page.getByRole("form", { name: "Add source" });
  // The form sits in a <details>: open it unless a previous add left it open.
  if (!(await form.isVisible())) await page.getByText("Add a source", { exact: true }).click();
  await expect(form).toBeVisible();
  return form;
}

async function addSource(page: Page, source: { url: string; title: string; primary: boolean }) {
  const form = await openAddSource(page);
  await form.getByLabel("Address (http or https)").fill(source.url);
  await form.getByLabel("Title").fill(source.title);
  await form.getByLabel("Publisher").fill("Statistics Office");
  if (source.primary) await form.getByLabel(/Primary source/).check();
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByTestId("source-list")).toContainText(source.title);
}

async function writeVerdict(page: Page, conclusion: string, analysis: string) {
  const form = page.getByRole("form", { name: "Verdict" });
  await form.getByLabel("Rating").selectOption({ label: "Mostly false" });
  await form.getByLabel(/Conclusion/).fill(conclusion);
  await form.getByLabel(/Analysis/).fill(analysis);
  await form.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("In review");
}

test("editor researches, reviewer requests changes, editor resubmits, reviewer approves", async ({
  browser,
}) => {
  const claim = await insertQueuedClaim();
  const editor = await pageFor(browser, "editor");
  await editor.goto(`/claims/${claim.id}`);
  await expect(editor.getByTestId("quote-highlight")).toHaveText(claim.quote);
  await editor.getByRole("button", { name: "Take", exact: true }).click();
  await expect(editor.getByTestId("claim-status")).toHaveText("In research");
  await expect(editor.getByTestId("claim-assignee")).toHaveText(E2E_USERS.editor.name);

  // A javascript: address is refused next to the field and nothing is added.
  const addForm = await openAddSource(editor);
  await addForm.getByLabel("Address (http or https)").fill("javascript:alert(1)");
  await addForm.getByLabel("Title").fill("Bad link");
  await addForm.getByRole("button", { name: "Add source" }).click();
  await expect(
    addForm.getByText("Use a web address starting with http:// or https://"),
  ).toBeVisible();
  await addForm.getByLabel("Address (http or https)").fill("https://stats.example.gov/crime-2023");
  await addForm.getByLabel("Title").fill("Recorded crime 2023");
  await addForm.getByLabel(/Primary source/).check();
  await addForm.getByRole("button", { name: "Add source" }).click();
  await expect(editor.getByTestId("source-list")).toContainText("Recorded crime 2023");
  await addSource(editor, {
    url: "https://paper.example.com/crime",
    title: "Newspaper analysis",
    primary: false,
  });
  await expect(editor.getByTestId("source")).toHaveCount(2);

  await writeVerdict(
    editor,
    "Crime fell, but by less than claimed.",
    "The **official** series shows a smaller fall. <script>window.pwned=1</script> [bad](javascript:alert(1))",
  );
  // Rendered inert: no script ran, the javascript: link has no href.
  await expect(editor.getByTestId("verdict")).toContainText("official");
  expect(
    await editor.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  await expect(editor.getByTestId("verdict").locator('a[href^="javascript"]')).toHaveCount(0);
  // An editor has no review controls at all.
  await expect(editor.getByRole("form", { name: "Review" })).toHaveCount(0);

  const reviewer = await pageFor(browser, "reviewer");
  await reviewer.goto(`/claims/${claim.id}`);
  const review = reviewer.getByRole("form", { name: "Review" });
  await review.getByRole("button", { name: "Request changes" }).click();
  await expect(review.getByText("Say what needs to change")).toBeVisible();
  await review.getByLabel("Comment for the editor").fill("Add the 2022 baseline.");
  await review.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Changes requested");

  // The editor sees the state and, at the top, who asked for what.
  await editor.reload();
  await expect(editor.getByTestId("claim-status")).toHaveText("Changes requested");
  const changes = editor.getByTestId("changes-requested");
  await expect(changes).toContainText(`${E2E_USERS.reviewer.name} asked for changes to revision 1`);
  await expect(changes.getByTestId("changes-comment")).toHaveText("Add the 2022 baseline.");
  // …and so does the queue.
  const speaker = `Mayor ${/district (\w+)/.exec(claim.quote)![1]}`;
  await editor.goto(`/queue?speaker=${encodeURIComponent(speaker)}`);
  const row = editor.getByTestId("queue-row").filter({ hasText: claim.quote });
  await expect(row.locator(".badge")).toHaveText("Changes requested");
  await editor.goto(`/claims/${claim.id}`);

  // The short claim for search engines is written here and carried to the publish screen.
  const textForm = editor.getByRole("form", { name: "Claim text" });
  await expect(
    textForm.getByLabel(/Short claim for search engines \(required to publish/),
  ).toBeVisible();
  await textForm.getByLabel(/Short claim for search engines/).fill("Crime fell by a tenth");
  await textForm.getByRole("button", { name: "Save text" }).click();
  await expect(textForm.getByRole("status")).toHaveText("Saved.");
  await writeVerdict(
    editor,
    "Crime fell by 4%, not 10%, against the 2022 baseline.",
    "Baseline 2022 added.",
  );

  await reviewer.reload();
  await reviewer
    .getByRole("form", { name: "Review" })
    .getByRole("button", { name: "Approve" })
    .click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Approved");
  await expect(reviewer.getByTestId("changes-requested")).toHaveCount(0);

  const history = reviewer.getByTestId("history");
  for (const action of [
    "claim.take",
    "source.add",
    "verdict.saveDraft",
    "claim.submit",
    "claim.requestChanges",
    "claim.approve",
  ]) {
    await expect(history.locator(`li[data-action="${action}"]`).first()).toBeVisible();
  }
  await expect(history.locator('li[data-action="claim.submit"]')).toHaveCount(2);
  await expect(history.locator('li[data-action="source.add"]')).toHaveCount(2);
  await expect(history).toContainText("Add the 2022 baseline.");

  await reviewer.goto(`/publish/${claim.id}`);
  const publish = reviewer.getByRole("form", { name: "Publish verdict" });
  const shortField = publish.getByLabel(/Short claim for search engines \(required/);
  await expect(shortField).toHaveValue("Crime fell by a tenth");
  await shortField.fill("");
  await publish.getByRole("button", { name: "Publish" }).click();
  await expect(publish.getByText("Write the short claim search engines show.")).toBeVisible();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Approved");
});

test("the author of a verdict is not offered Approve or Request changes", async ({ browser }) => {
  const claim = await insertQueuedClaim();
  // A reviewer may review, but not a verdict they wrote (the server refuses too: review-state.test.ts).
  const author = await pageFor(browser, "reviewer");
  await author.goto(`/claims/${claim.id}`);
  await author.getByRole("button", { name: "Take", exact: true }).click();
  await expect(author.getByTestId("claim-status")).toHaveText("In research");
  await addSource(author, {
    url: "https://stats.example.gov/a",
    title: "Primary data",
    primary: true,
  });
  await addSource(author, {
    url: "https://paper.example.com/b",
    title: "Secondary report",
    primary: false,
  });
  await writeVerdict(author, "Not supported by the data.", "See sources.");
  await expect(author.getByTestId("verdict")).toContainText("Not supported by the data.");
  await expect(author.getByRole("form", { name: "Review" })).toHaveCount(0);
  await expect(author.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(author.getByRole("button", { name: "Request changes" })).toHaveCount(0);
  // Another reviewer is offered both.
  const other = await pageFor(browser, "admin");
  await other.goto(`/claims/${claim.id}`);
  const review = other.getByRole("form", { name: "Review" });
  await expect(review.getByRole("button", { name: "Approve" })).toBeVisible();
  await expect(review.getByRole("button", { name: "Request changes" })).toBeVisible();
});

test("submitting without enough sources is refused with a clear message", async ({ browser }) => {
  const claim = await insertQueuedClaim();
  const editor = await pageFor(browser, "editor2");
  await editor.goto(`/claims/${claim.id}`);
  await editor.getByRole("button", { name: "Take", exact: true }).click();
  await expect(editor.getByTestId("claim-status")).toHaveText("In research");
  const form = editor.getByRole("form", { name: "Verdict" });
  await form.getByLabel("Rating").selectOption({ label: "False" });
  await form.getByLabel(/Conclusion/).fill("No.");
  await form.getByRole("button", { name: "Submit for review" }).click();
  await expect(form.getByRole("alert")).toContainText("Add at least 2 sources, 1 of them primary");
  await expect(editor.getByTestId("claim-status")).toHaveText("In research");
});

test("two editors save the claim text: the second sees who changed it and keeps their text", async ({
  browser,
}) => {
  const claim = await insertQueuedClaim();
  const first = await pageFor(browser, "editor");
  const second = await pageFor(browser, "editor2");
  await first.goto(`/claims/${claim.id}`);
  await second.goto(`/claims/${claim.id}`);
  const firstForm = first.getByRole("form", { name: "Claim text" });
  await firstForm.getByLabel(/canonical text/).fill("Crime fell by a tenth since 2020.");
  await firstForm.getByRole("button", { name: "Save text" }).click();
  await expect(firstForm.getByRole("status")).toHaveText("Saved.");

  const secondForm = second.getByRole("form", { name: "Claim text" });
  const mine =
    'Recorded crime dropped 10% between 2020 and 2024. =HYPERLINK("http://x") <script>window.pwned=1</script>';
  await secondForm.getByLabel(/canonical text/).fill(mine);
  await secondForm.getByRole("button", { name: "Save text" }).click();
  await expect(secondForm.getByRole("alert")).toContainText(
    `${E2E_USERS.editor.name} changed this claim at`,
  );
  await expect(secondForm.getByRole("alert")).toContainText(
    "your text is kept below, reload to merge",
  );
  await expect(secondForm.getByLabel(/canonical text/)).toHaveValue(mine);
  await second.reload();
  await expect(second.getByTestId("claim-title")).toHaveText("Crime fell by a tenth since 2020.");
});

test("admin settings: the rating scale and site settings are editable by an admin only", async ({
  browser,
}) => {
  const editor = await pageFor(browser, "editor");
  const res = await editor.goto("/admin/settings");
  expect(res?.status()).toBe(404);
  const admin = await pageFor(browser, "admin");
  await admin.goto("/admin/settings");
  const settings = admin.getByRole("form", { name: "Site settings" });
  await settings.getByLabel("Sources needed to submit a verdict").fill("1");
  await settings.getByLabel("…of which primary").fill("2");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByText(/no larger than it/)).toBeVisible();
  await settings.getByLabel("…of which primary").fill("1");
  await settings.getByLabel("Sources needed to submit a verdict").fill("2");
  await settings.getByLabel("Organisation name").fill("Claimdesk E2E");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("Settings saved.");
  const scale = admin.getByRole("form", { name: "Rating scale" });
  await expect(scale.getByLabel("Label 1")).toHaveValue("True");
  await scale.getByRole("button", { name: "Save rating scale" }).click();
  await expect(scale.getByRole("status")).toHaveText("Rating scale saved.");
});
