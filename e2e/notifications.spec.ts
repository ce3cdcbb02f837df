// Notifications and comments in the browser: a reviewer's request for changes reaches the
// verdict's author (unread count, inbox, the request at the top of the claim), and a comment's
// @mention reaches the person mentioned.
import pg from "pg";
import { test, expect, pageFor, E2E_USERS } from "./fixtures";
import type { E2EUserKey } from "./users";
import { insertQueuedClaim } from "./claims";

/** A queued claim moved into review, its verdict (revision 1) written by `author`. */
async function insertClaimInReview(author: E2EUserKey) {
  const claim = await insertQueuedClaim();
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const user = await client.query(`select id from users where email = $1`, [
      E2E_USERS[author].email,
    ]);
    const authorId = user.rows[0].id as string;
    await client.query(
      `update claims set status = 'IN_REVIEW', "assigneeId" = $2, "assignedAt" = now() where id = $1`,
      [claim.id, authorId],
    );
    const verdict = await client.query(
      `insert into verdicts (id, "claimId", conclusion, "authorId", revision, "updatedAt")
       values (gen_random_uuid(), $1, 'Crime fell, by less.', $2, 1, now()) returning id`,
      [claim.id, authorId],
    );
    await client.query(
      `insert into verdict_revisions (id, "verdictId", revision, conclusion, analysis, "authorId")
       values (gen_random_uuid(), $1, 1, 'Crime fell, by less.', '', $2)`,
      [verdict.rows[0].id, authorId],
    );
  } finally {
    await client.end();
  }
  return claim;
}

test("a request for changes reaches the verdict's author: count, inbox, top of the claim", async ({
  browser,
}) => {
  const claim = await insertClaimInReview("notified");
  const author = await pageFor(browser, "notified");
  await expect(author.getByTestId("unread-count")).toHaveCount(0);

  const reviewer = await pageFor(browser, "reviewer");
  await reviewer.goto(`/claims/${claim.id}`);
  const review = reviewer.getByRole("form", { name: "Review" });
  await review.getByRole("button", { name: "Request changes" }).click();
  await review.getByLabel("Comment for the editor").fill("Add the 2022 baseline.");
  await review.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Changes requested");

  await author.goto("/desk");
  await expect(author.getByTestId("unread-count")).toHaveText("1");
  await author.getByTestId("inbox-link").click();
  await expect(author).toHaveURL(/\/inbox$/);
  const item = author.getByTestId("inbox-item");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`${E2E_USERS.reviewer.name} requested changes`);
  await expect(item).toContainText("Add the 2022 baseline.");
  await item.getByRole("link", { name: "Open the claim" }).click();
  await expect(author).toHaveURL(new RegExp(`/claims/${claim.id}$`));
  const changes = author.getByTestId("changes-requested");
  await expect(changes).toContainText(`${E2E_USERS.reviewer.name} asked for changes to revision 1`);
  await expect(changes.getByTestId("changes-comment")).toHaveText("Add the 2022 baseline.");

  await author.goto("/inbox");
  await author.getByRole("form", { name: "Mark read" }).getByRole("button").click();
  await expect(author.getByTestId("unread-count")).toHaveCount(0);
  await expect(author.getByTestId("inbox-item")).toHaveAttribute("data-unread", "false");
});

test("a comment's @mention notifies the person mentioned; the comment is rendered safely", async ({
  browser,
}) => {
  const claim = await insertQueuedClaim();
  const editor = await pageFor(browser, "editor2");
  await editor.goto(`/claims/${claim.id}`);
  const form = editor.getByRole("form", { name: "Add a comment" });
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByText("Write something before posting the comment.")).toBeVisible();
  await form
    .getByLabel("Comment")
    .fill(
      '@mentioned can you check the **2019** figure? @nobody-here too. <img src=x onerror="window.pwned=1"> [x](javascript:window.pwned=2)',
    );
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "Comment posted; 1 mentioned person was notified.",
  );
  const comment = editor.getByTestId("comment");
  await expect(comment).toContainText("2019");
  await expect(comment.locator(".mention")).toHaveText("@mentioned");
  await expect(comment).toContainText("@nobody-here");
  await expect(comment.locator("img")).toHaveCount(0);
  await expect(comment.locator('a[href^="javascript"]')).toHaveCount(0);
  expect(await editor.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

  const mentioned = await pageFor(browser, "mentioned");
  await expect(mentioned.getByTestId("unread-count")).toHaveText("1");
  await mentioned.goto("/inbox");
  await expect(mentioned.getByTestId("inbox-item")).toContainText(
    `${E2E_USERS.editor2.name} mentioned you on`,
  );
  await mentioned.getByRole("form", { name: "Mark all read" }).getByRole("button").click();
  await expect(mentioned.getByTestId("unread-count")).toHaveCount(0);
  // A viewer reads comments but is offered no comment form.
  await mentioned.goto(`/claims/${claim.id}`);
  await expect(mentioned.getByTestId("comment")).toContainText("2019");
  await expect(mentioned.getByRole("form", { name: "Add a comment" })).toHaveCount(0);
});
