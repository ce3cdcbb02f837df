import { test, expect, signIn, E2E_USERS } from "./fixtures";
import { insertQueuedClaim } from "./claims";

test("unauthorized access to the queue: signed out is redirected, the events stream and take-next refuse", async ({
  page,
  request,
  baseURL,
}) => {
  const claim = await insertQueuedClaim();
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/signin/);
  await page.goto(`/claims/${claim.id}`);
  await expect(page).toHaveURL(/\/signin/);
  expect((await request.get("/api/queue/events")).status()).toBe(401);
  expect(
    (
      await request.post("/api/queue/take-next", { headers: { origin: new URL(baseURL!).origin } })
    ).status(),
  ).toBe(401);
});

test("a viewer sees the queue but cannot take: no button, and the server refuses", async ({
  page,
}) => {
  const claim = await insertQueuedClaim();
  await signIn(page, "viewer");
  await page.goto("/queue");
  await expect(page.getByRole("heading", { name: "Queue" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Take next" })).toHaveCount(0);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByTestId("claim-status")).toHaveText("Queued");
  await expect(page.getByRole("button", { name: "Take", exact: true })).toHaveCount(0);
  const res = await page.request.post("/api/queue/take-next", {
    headers: { origin: new URL(page.url()).origin },
  });
  expect(res.status()).toBe(403);
  await page.reload();
  await expect(page.getByTestId("claim-status")).toHaveText("Queued");
  // A guessed id reveals nothing.
  await page.goto("/claims/00000000-0000-4000-8000-000000000000");
  await expect(page.getByText(/could not be found|404/i).first()).toBeVisible();
});

test("queue: search, keyboard take-next, and live updates from another editor", async ({
  page,
  browser,
}) => {
  const word = `zebra${Date.now().toString(36)}`;
  const claim = await insertQueuedClaim({
    quote: `The ${word} population doubled in ten years.`,
    score: 0.2,
  });
  await signIn(page, "editor");
  await page.goto(`/queue?q=${word}`);
  await expect(page.getByTestId("queue-row")).toHaveCount(1);
  await expect(page.getByTestId("queue-row").first()).toHaveAttribute("data-status", "QUEUED");
  await expect(page.getByTestId("queue-live")).toHaveAttribute("data-live", "true");

  // Another editor takes it; this page updates without a reload.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "editor2");
  await other.goto(`/claims/${claim.id}`);
  await other.getByRole("button", { name: "Take", exact: true }).click();
  await expect(other.getByTestId("claim-status")).toHaveText("In research");
  await expect(page.getByTestId("queue-row").first()).toHaveAttribute(
    "data-status",
    "IN_RESEARCH",
    { timeout: 2_000 },
  );
  await expect(page.getByTestId("queue-row").first()).toContainText(E2E_USERS.editor2.name);

  // j/k + Enter open a claim; t takes the next one.
  await insertQueuedClaim({ score: 0.999 });
  await page.goto("/queue?status=QUEUED");
  // Keys work once the page's script runs: the live indicator says so.
  await expect(page.getByTestId("queue-live")).toHaveAttribute("data-live", "true");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
  await page.goto("/queue");
  await expect(page.getByTestId("queue-live")).toHaveAttribute("data-live", "true");
  await page.keyboard.press("t");
  await expect(page).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("claim-status")).toHaveText("In research");
  await expect(page.getByTestId("claim-assignee")).toHaveText(E2E_USERS.editor.name);
});

test("an empty queue page says what to do: clear the filters", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/queue?speaker=Nobody%20Speaks%20Here");
  const empty = page.getByTestId("queue-empty");
  await expect(empty).toContainText("No claims match these filters");
  await empty.getByRole("link", { name: "clear the filters" }).click();
  await expect(page).toHaveURL(/\/queue$/);
  await expect(page.getByTestId("queue-row").first()).toBeVisible();
});
