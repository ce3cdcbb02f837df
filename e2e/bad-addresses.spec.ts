// Malformed addresses answer 4xx, never 500: broken percent-encoding in a fact-check's address
// and NUL characters in a search.
import { test, expect, signIn } from "./fixtures";

for (const path of ["/checks/%", "/checks/%E0%A4%A", "/checks/a%00b"]) {
  test(`${path} answers 400`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("Bad request");
  });
}

test("a NUL in the queue's search or the public index's filter answers 400", async ({ page }) => {
  await signIn(page, "editor");
  for (const path of [
    "/queue?q=a%00b",
    "/checks?speaker=a%00b",
    "/api/export?format=csv&speaker=a%00b",
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(400);
  }
  const fine = await page.request.get("/queue?q=ambassador");
  expect(fine.status()).toBe(200);
});
